package com.finflow.localstack.fidelity;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * Test authorizer (simple responses) that answers as its token asks: "Bearer allow" is authorized,
 * "Bearer unauthorized" fails with API Gateway's "Unauthorized" error, "Bearer crash" fails
 * otherwise, "Bearer slow" outlives the function's timeout, anything else is denied.
 */
public class ProbeAuthorizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    Object headers = event.get("headers");
    Object token = headers instanceof Map<?, ?> map ? map.get("authorization") : null;
    switch (String.valueOf(token)) {
      case "Bearer allow" -> {
        return Map.of("isAuthorized", true, "context", Map.of("caller", "probe"));
      }
      case "Bearer unauthorized" -> throw new IllegalStateException("Unauthorized");
      case "Bearer crash" -> throw new IllegalStateException("the authorizer failed as asked");
      case "Bearer slow" -> {
        try {
          Thread.sleep(5_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return Map.of("isAuthorized", true);
      }
      default -> {
        return Map.of("isAuthorized", false);
      }
    }
  }
}
