package com.finflow.localstack.fidelity;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Test function that misbehaves as its path asks ({@code /probe/{behaviour}}), writing its output
 * byte for byte so that it can also break the payload format 2.0 contract.
 */
public class ProbeHandler implements RequestStreamHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    JsonNode event = JSON.readTree(input);
    String behaviour = event.path("pathParameters").path("behaviour").asText();
    String text =
        switch (behaviour) {
          case "throw" -> throw new IllegalStateException("the probe failed as asked");
          case "sleep" -> sleep(event.path("queryStringParameters").path("millis").asLong());
          case "oversized-response" ->
              response(
                  200, JSON.createObjectNode().put("padding", "a".repeat(6 * 1024 * 1024 + 1024)));
          case "status-as-text" -> "{\"statusCode\":\"200\",\"body\":\"looks fine\"}";
          case "not-json" -> "plain words, not JSON";
          case "without-status" -> "{\"greeting\":\"hello\"}";
          default ->
              response(
                  200,
                  JSON.createObjectNode()
                      .put("requestId", event.path("requestContext").path("requestId").asText())
                      .put("bodyLength", event.path("body").asText().length())
                      .put("isBase64Encoded", event.path("isBase64Encoded").asBoolean()));
        };
    output.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return response(200, JSON.createObjectNode().put("slept", millis));
  }

  private static String response(int status, ObjectNode body) {
    ObjectNode response = JSON.createObjectNode();
    response.put("statusCode", status);
    response.putObject("headers").put("content-type", "application/json");
    response.put("body", body.toString());
    return response.toString();
  }
}
