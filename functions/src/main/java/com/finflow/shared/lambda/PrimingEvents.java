package com.finflow.shared.lambda;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The synthetic events priming feeds each kind of function. The HTTP one carries a member of an
 * organization that cannot exist, well-formed path parameters that name nothing, and no body, so
 * every route either looks up what is not there or refuses the request before it writes. It names
 * no security symbol: looking one up may ask the price feed.
 */
final class PrimingEvents {

  static final String CALLER = "00000000-0000-7000-8000-00000000beef";

  private static final String HTTP =
      """
      {"version":"2.0","routeKey":"GET /priming","rawPath":"/priming","rawQueryString":"",
       "headers":{"accept":"application/json","content-type":"application/json",
                  "x-correlation-id":"priming"},
       "pathParameters":{"bulk_id":"%1$s","delivery_id":"%1$s","extraction_id":"%1$s",
         "company_id":"%1$s","feed_id":"%1$s","transaction_id":"%1$s","institution_id":"%1$s",
         "account_id":"%1$s","holding_id":"%1$s","iban":"DE89370400440532013000",
         "currency":"XTS","code":"XTS","date":"1970-01-01","asset":"priming.txt"},
       "requestContext":{"requestId":"priming","routeKey":"GET /priming","stage":"$default",
         "http":{"method":"GET","path":"/priming","protocol":"HTTP/1.1","sourceIp":"127.0.0.1",
                 "userAgent":"priming"},
         "authorizer":{"lambda":{"user_id":"%1$s","organization_id":"%1$s","role":"member"}},
         "timeEpoch":0},
       "isBase64Encoded":false}
      """
          .formatted(CALLER);

  private static final String QUEUE = "{\"Records\":[]}";

  private static final String SCHEDULE =
      """
      {"version":"0","id":"priming","detail-type":"Scheduled Event","source":"aws.events",
       "time":"1970-01-01T00:00:00Z","detail":{}}
      """;

  private PrimingEvents() {}

  static InputStream http() {
    return stream(HTTP);
  }

  static InputStream queue() {
    return stream(QUEUE);
  }

  static InputStream schedule() {
    return stream(SCHEDULE);
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
