package com.finflow.localstack.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** An HTTP response made from a function's payload format 2.0 output. */
record HttpApiResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

  static HttpApiResponse message(int status, String message) {
    return new HttpApiResponse(
        status,
        List.of(Map.entry("content-type", "application/json")),
        LocalJson.MAPPER
            .createObjectNode()
            .put("message", message)
            .toString()
            .getBytes(StandardCharsets.UTF_8));
  }

  /** Without a statusCode the output itself is the body, and API Gateway answers 200 with JSON. */
  static HttpApiResponse fromPayload(String payload) {
    JsonNode output;
    try {
      output = LocalJson.MAPPER.readTree(payload);
    } catch (Exception notJson) {
      return message(500, "Internal Server Error");
    }
    if (!output.isObject() || !output.has("statusCode")) {
      return new HttpApiResponse(
          200,
          List.of(Map.entry("content-type", "application/json")),
          payload.getBytes(StandardCharsets.UTF_8));
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    output
        .path("headers")
        .properties()
        .forEach(header -> headers.add(Map.entry(header.getKey(), header.getValue().asText())));
    output
        .path("multiValueHeaders")
        .properties()
        .forEach(
            header ->
                header
                    .getValue()
                    .forEach(value -> headers.add(Map.entry(header.getKey(), value.asText()))));
    output.path("cookies").forEach(cookie -> headers.add(Map.entry("set-cookie", cookie.asText())));
    JsonNode body = output.path("body");
    byte[] bytes;
    if (body.isMissingNode() || body.isNull()) {
      bytes = new byte[0];
    } else if (output.path("isBase64Encoded").asBoolean(false)) {
      bytes = Base64.getDecoder().decode(body.asText());
    } else {
      bytes = (body.isTextual() ? body.asText() : body.toString()).getBytes(StandardCharsets.UTF_8);
    }
    return new HttpApiResponse(output.get("statusCode").asInt(), headers, bytes);
  }
}
