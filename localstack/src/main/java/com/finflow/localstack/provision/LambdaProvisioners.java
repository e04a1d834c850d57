package com.finflow.localstack.provision;

import com.finflow.localstack.lambda.FunctionReference;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lambda functions, versions and aliases only get their names and ARNs here; they run in the local
 * runtime.
 */
final class LambdaProvisioners {

  private final Map<String, AtomicInteger> publishedVersions = new ConcurrentHashMap<>();

  ResourceProvisioner function() {
    return (resource, properties, context) -> {
      String name =
          properties.has("FunctionName")
              ? properties.get("FunctionName").asText()
              : context.generatedName(resource.logicalId(), 64);
      String arn = new FunctionReference(name, Optional.empty()).arn();
      // As in CloudFormation, Ref of a function is its name; of a version or alias, its ARN.
      return new PhysicalResource(
          resource.logicalId(), resource.type(), name, Map.of("Arn", arn), properties, true);
    };
  }

  ResourceProvisioner version() {
    return (resource, properties, context) -> {
      String function = FunctionReference.parse(properties.path("FunctionName").asText()).name();
      String version =
          String.valueOf(
              publishedVersions
                  .computeIfAbsent(function, f -> new AtomicInteger())
                  .incrementAndGet());
      String arn = new FunctionReference(function, Optional.of(version)).arn();
      return new PhysicalResource(
          resource.logicalId(),
          resource.type(),
          arn,
          Map.of("Version", version, "FunctionArn", arn),
          properties,
          true);
    };
  }

  ResourceProvisioner alias() {
    return (resource, properties, context) -> {
      String function = FunctionReference.parse(properties.path("FunctionName").asText()).name();
      String arn =
          new FunctionReference(function, Optional.of(properties.path("Name").asText())).arn();
      return new PhysicalResource(
          resource.logicalId(), resource.type(), arn, Map.of("AliasArn", arn), properties, true);
    };
  }
}
