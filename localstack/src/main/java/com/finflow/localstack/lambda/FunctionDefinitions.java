package com.finflow.localstack.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.provision.PhysicalResource;
import com.finflow.localstack.provision.ProvisionedStack;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the functions out of the provisioned template. */
public final class FunctionDefinitions {

  private FunctionDefinitions() {}

  /**
   * @param handlerOverrides handlers to run instead of the template's, by the prefix of the
   *     function's logical id; each prefix must name at least one function
   */
  public static List<FunctionDefinition> from(
      ProvisionedStack stack, Map<String, String> handlerOverrides) {
    return withHandlerOverrides(
        stack.ofType("AWS::Lambda::Function").stream()
            .map(FunctionDefinitions::definition)
            .toList(),
        handlerOverrides);
  }

  /** Each function's code artifact, as the template names it: its {@code S3Key}, by name. */
  public static Map<String, String> codeKeys(ProvisionedStack stack) {
    Map<String, String> keys = new LinkedHashMap<>();
    stack
        .ofType("AWS::Lambda::Function")
        .forEach(
            resource -> {
              String key = resource.properties().path("Code").path("S3Key").asText("");
              if (!key.isEmpty()) {
                keys.put(resource.ref(), key);
              }
            });
    return keys;
  }

  static List<FunctionDefinition> withHandlerOverrides(
      List<FunctionDefinition> functions, Map<String, String> handlerOverrides) {
    handlerOverrides
        .keySet()
        .forEach(
            prefix -> {
              if (functions.stream()
                  .noneMatch(function -> function.logicalId().startsWith(prefix))) {
                throw new IllegalArgumentException(
                    "no function's logical id starts with " + prefix + " (handler override)");
              }
            });
    return functions.stream().map(function -> overridden(function, handlerOverrides)).toList();
  }

  private static FunctionDefinition overridden(
      FunctionDefinition function, Map<String, String> handlerOverrides) {
    Optional<String> handler =
        handlerOverrides.entrySet().stream()
            .filter(override -> function.logicalId().startsWith(override.getKey()))
            .map(Map.Entry::getValue)
            .findFirst();
    return handler.map(function::withHandler).orElse(function);
  }

  private static FunctionDefinition definition(PhysicalResource resource) {
    JsonNode properties = resource.properties();
    Map<String, String> environment = new LinkedHashMap<>();
    properties
        .path("Environment")
        .path("Variables")
        .properties()
        .forEach(variable -> environment.put(variable.getKey(), variable.getValue().asText()));
    return new FunctionDefinition(
        resource.logicalId(),
        resource.ref(),
        properties.path("Handler").asText(),
        environment,
        Duration.ofSeconds(properties.path("Timeout").asLong(3)),
        properties.path("MemorySize").asInt(128));
  }
}
