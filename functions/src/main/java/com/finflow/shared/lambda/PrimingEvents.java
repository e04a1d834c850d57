package com.finflow.shared.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

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
       "headers":{"accept":"application/json","content-type":"application/json"},
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

  /** What no request parser reads, so that a strict body carrying it is refused. */
  static final String REFUSED_MEMBER = "priming_refused";

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

  /**
   * The HTTP event, carrying the query and headers of the function's sample request and its JSON
   * object body with one member no parser reads ({@link #REFUSED_MEMBER}): every field is parsed,
   * and the request is then refused (422) before anything is written. A function without a sample
   * gets {@link #http()}; a sample whose body is no JSON object lends only its query and headers.
   * The caller and the path parameters stay those of {@link #http()}.
   */
  static InputStream http(Class<?> function) throws IOException {
    Optional<JsonNode> sample = sampleOf(function);
    if (sample.isEmpty()) {
      return http();
    }
    ObjectNode event = (ObjectNode) LambdaEvents.readTree(http());
    JsonNode request = sample.get();
    if (request.path("queryStringParameters").isObject()) {
      event.set("queryStringParameters", request.get("queryStringParameters"));
      event.put("rawQueryString", request.path("rawQueryString").asText(""));
    }
    ObjectNode headers = (ObjectNode) event.get("headers");
    request
        .path("headers")
        .properties()
        .forEach(
            header -> {
              if (!header.getKey().equals("content-length") && !headers.has(header.getKey())) {
                headers.set(header.getKey(), header.getValue());
              }
            });
    bodyOf(request)
        .ifPresent(
            body -> {
              body.put(REFUSED_MEMBER, true);
              event.put("body", body.toString());
            });
    return stream(event.toString());
  }

  private static Optional<JsonNode> sampleOf(Class<?> function) throws IOException {
    String name = function.getSimpleName().replaceFirst("Handler$", "");
    String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    // com.finflow.<feature>.lambda.XHandler reads com/finflow/<feature>/x.json
    String feature = function.getPackageName().replaceFirst("\\.lambda$", "").replace('.', '/');
    try (InputStream sample = function.getResourceAsStream("/" + feature + "/" + kebab + ".json")) {
      return sample == null ? Optional.empty() : Optional.of(LambdaEvents.readTree(sample));
    }
  }

  private static Optional<ObjectNode> bodyOf(JsonNode request) throws IOException {
    JsonNode body = request.path("body");
    if (!body.isTextual()) {
      return Optional.empty();
    }
    String text =
        request.path("isBase64Encoded").asBoolean()
            ? new String(Base64.getDecoder().decode(body.asText()), StandardCharsets.UTF_8)
            : body.asText();
    try (InputStream json = stream(text)) {
      JsonNode parsed = LambdaEvents.readTree(json);
      return parsed instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
    } catch (JsonProcessingException notJson) {
      return Optional.empty();
    }
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
