package com.finflow.localstack.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.provision.PhysicalResource;
import com.finflow.localstack.provision.ProvisionedStack;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the functions out of the provisioned template. */
public final class FunctionDefinitions {

  private FunctionDefinitions() {}

  public static List<FunctionDefinition> from(ProvisionedStack stack) {
    return stack.ofType("AWS::Lambda::Function").stream().map(FunctionDefinitions::definition).toList();
  }

  private static FunctionDefinition definition(PhysicalResource resource) {
    JsonNode properties = resource.properties();
    Map<String, String> environment = new LinkedHashMap<>();
    properties.path("Environment").path("Variables").properties()
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
