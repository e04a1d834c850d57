package com.finflow.localstack.lambda;

import java.time.Duration;
import java.util.Map;

/** An AWS::Lambda::Function as the template declares it, intrinsics resolved. */
public record FunctionDefinition(
    String logicalId, String name, String handler, Map<String, String> environment, Duration timeout, int memoryMb) {

  public FunctionDefinition {
    environment = Map.copyOf(environment);
  }

  public String arn() {
    return new FunctionReference(name, java.util.Optional.empty()).arn();
  }
}
