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

  /**
   * Without a statusCode the output itself is the body, and API Gateway answers 200 with JSON. It
   * does so whatever the output is, even text that is not JSON, as AWS's own emulator records
   * having observed (https://github.com/aws/aws-lambda-dotnet, Tools/LambdaTestTool-v2,
   * InvokeResponseExtensions). An output with a statusCode that does not read as a response (a
   * status that is not an integer, a body that is not a string, bad base64) is an integration
   * failure: 500.
   */
  static HttpApiResponse fromPayload(String payload) {
    JsonNode output;
    try {
      output = LocalJson.MAPPER.readTree(payload);
    } catch (Exception notJson) {
      return whole(payload);
    }
    if (output == null || !output.isObject() || !output.has("statusCode")) {
      return whole(payload);
    }
    JsonNode status = output.get("statusCode");
    JsonNode body = output.path("body");
    if (!status.isIntegralNumber()
        || status.asInt() < 100
        || status.asInt() > 599
        || !(body.isMissingNode() || body.isNull() || body.isTextual())
        || !(output.path("headers").isMissingNode()
            || output.path("headers").isNull()
            || output.path("headers").isObject())) {
      return GatewayError.INTERNAL_SERVER_ERROR.response();
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
    byte[] bytes;
    if (body.isMissingNode() || body.isNull()) {
      bytes = new byte[0];
    } else if (output.path("isBase64Encoded").asBoolean(false)) {
      try {
        bytes = Base64.getDecoder().decode(body.asText());
      } catch (IllegalArgumentException notBase64) {
        return GatewayError.INTERNAL_SERVER_ERROR.response();
      }
    } else {
      bytes = body.asText().getBytes(StandardCharsets.UTF_8);
    }
    return new HttpApiResponse(status.asInt(), headers, bytes);
  }

  private static HttpApiResponse whole(String payload) {
    return new HttpApiResponse(
        200,
        List.of(Map.entry("content-type", "application/json")),
        payload.getBytes(StandardCharsets.UTF_8));
  }
}
