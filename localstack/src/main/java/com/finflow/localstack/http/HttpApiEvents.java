package com.finflow.localstack.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.emulators.AwsAccount;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the events API Gateway HTTP APIs send to functions: payload format 2.0 and the REQUEST
 * authorizer event.
 */
final class HttpApiEvents {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final String apiId;

  HttpApiEvents(String apiId) {
    this.apiId = apiId;
  }

  ObjectNode request(
      IncomingRequest request, RouteMatch match, Optional<JsonNode> authorizerContext) {
    ObjectNode event = common(request, match);
    event.put("version", "2.0");
    event.set("stageVariables", null);
    byte[] body = request.body();
    if (body.length > 0) {
      Optional<String> text = text(request, body);
      event.put("body", text.orElseGet(() -> Base64.getEncoder().encodeToString(body)));
      event.put("isBase64Encoded", text.isEmpty());
    } else {
      event.put("isBase64Encoded", false);
    }
    ObjectNode authorizer = JSON.objectNode();
    authorizerContext.ifPresent(context -> authorizer.set("lambda", context));
    ((ObjectNode) event.get("requestContext")).set("authorizer", authorizer);
    return reorder(event);
  }

  ObjectNode authorizer(IncomingRequest request, RouteMatch match, List<String> identitySource) {
    ObjectNode event = common(request, match);
    event.put("version", "2.0");
    event.put("type", "REQUEST");
    event.put(
        "routeArn",
        AwsAccount.arn("execute-api", apiId + "/$default/" + request.method() + request.rawPath()));
    ArrayNode identity = event.putArray("identitySource");
    identitySource.forEach(identity::add);
    return event;
  }

  private ObjectNode common(IncomingRequest request, RouteMatch match) {
    ObjectNode event = JSON.objectNode();
    event.put("routeKey", match.route().routeKey());
    event.put("rawPath", request.rawPath());
    event.put("rawQueryString", request.rawQueryString());
    List<String> cookies =
        request.headers().getOrDefault("cookie", List.of()).stream()
            .flatMap(header -> java.util.Arrays.stream(header.split(";\\s*")))
            .filter(c -> !c.isBlank())
            .toList();
    if (!cookies.isEmpty()) {
      ArrayNode array = event.putArray("cookies");
      cookies.forEach(array::add);
    }
    ObjectNode headers = event.putObject("headers");
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (!name.equals("cookie")) {
                headers.put(name, String.join(",", values));
              }
            });
    if (!request.query().isEmpty()) {
      ObjectNode query = event.putObject("queryStringParameters");
      request.query().forEach((name, values) -> query.put(name, String.join(",", values)));
    }
    if (!match.pathParameters().isEmpty()) {
      ObjectNode path = event.putObject("pathParameters");
      match.pathParameters().forEach(path::put);
    }
    Instant now = Instant.now();
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", AwsAccount.ACCOUNT_ID);
    context.put("apiId", apiId);
    context.put("domainName", request.domainName());
    context.put("domainPrefix", request.domainName().split("[.:]")[0]);
    ObjectNode http = context.putObject("http");
    http.put("method", request.method());
    http.put("path", request.rawPath());
    http.put("protocol", request.protocol());
    http.put("sourceIp", request.sourceIp());
    http.put("userAgent", request.header("user-agent").orElse(""));
    context.put("requestId", request.requestId());
    context.put("routeKey", match.route().routeKey());
    context.put("stage", "$default");
    context.put("time", REQUEST_TIME.format(now));
    context.put("timeEpoch", now.toEpochMilli());
    return event;
  }

  /**
   * Field order as API Gateway sends it, which makes logged events easy to compare with real ones.
   */
  private static ObjectNode reorder(ObjectNode event) {
    ObjectNode ordered = JSON.objectNode();
    for (String field :
        List.of(
            "version",
            "routeKey",
            "rawPath",
            "rawQueryString",
            "cookies",
            "headers",
            "queryStringParameters",
            "pathParameters",
            "requestContext",
            "body",
            "isBase64Encoded",
            "stageVariables")) {
      if (event.has(field)) {
        ordered.set(field, event.get(field));
      }
    }
    return ordered;
  }

  /** API Gateway passes text bodies as they are and base64-encodes anything else. */
  private static Optional<String> text(IncomingRequest request, byte[] body) {
    String type = request.header("content-type").orElse("").toLowerCase(Locale.ROOT);
    boolean textual =
        type.isEmpty()
            || type.startsWith("text/")
            || type.contains("json")
            || type.contains("xml")
            || type.contains("x-www-form-urlencoded")
            || type.contains("javascript")
            || type.contains("charset=");
    if (!textual) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString());
    } catch (CharacterCodingException binary) {
      return Optional.empty();
    }
  }
}
