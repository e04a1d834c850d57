package com.finflow.shared.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.Caller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The synthetic events priming feeds each kind of function, built from its sample event where it
 * has one. The HTTP one comes from an organization that cannot exist, with well-formed path
 * parameters that name nothing, so every route either looks up what is not there or refuses the
 * request before it writes. The queue one holds only messages no reader takes.
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

  private static final String QUEUE =
      """
      {"Records":[{"messageId":"priming","receiptHandle":"priming","body":"{}",
        "attributes":{"ApproximateReceiveCount":"1"},"messageAttributes":{},
        "eventSource":"aws:sqs"}]}
      """;

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
   * and the request is then refused (422) before anything is written. A request with such a body
   * comes from an admin, so that routes for admins read it too; one without stays a member's, as a
   * route without body may act on the caller's organization (its webhook secret is created when
   * first read). A function without a sample gets {@link #http()}; a sample whose body is no JSON
   * object lends only its query and headers. The organization and the path parameters stay those of
   * {@link #http()}.
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
    Optional<ObjectNode> body = bodyOf(request);
    if (body.isPresent()) {
      body.get().put(REFUSED_MEMBER, true);
      event.put("body", body.get().toString());
      // An admin's, so that a route for admins reads the body before it refuses it.
      ((ObjectNode) event.at("/requestContext/authorizer/lambda")).put("role", Caller.ADMIN);
    }
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

  /**
   * The function's sample batch with every body wrapped in a JSON array: each reader parses it and
   * refuses it as no message of its own, so the whole batch fails before anything is done, and each
   * failed message's retry is asked with the sample's receipt handle, which SQS refuses. A function
   * without a sample gets one such message of its own.
   */
  static InputStream queue(Class<?> function) throws IOException {
    Optional<JsonNode> sample = sampleOf(function);
    JsonNode batch = sample.isPresent() ? sample.get() : LambdaEvents.readTree(stream(QUEUE));
    for (JsonNode message : batch.path("Records")) {
      ((ObjectNode) message).put("body", "[" + message.path("body").asText() + "]");
    }
    return stream(batch.toString());
  }

  static InputStream schedule() {
    return stream(SCHEDULE);
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
