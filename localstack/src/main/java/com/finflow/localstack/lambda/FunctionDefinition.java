package com.finflow.localstack.lambda;

import java.time.Duration;
import java.util.Map;

/** An AWS::Lambda::Function as the template declares it, intrinsics resolved. */
public record FunctionDefinition(
    String logicalId,
    String name,
    String handler,
    Map<String, String> environment,
    Duration timeout,
    int memoryMb) {

  public FunctionDefinition {
    environment = Map.copyOf(environment);
  }

  /** The same function running another handler. */
  public FunctionDefinition withHandler(String otherHandler) {
    return new FunctionDefinition(logicalId, name, otherHandler, environment, timeout, memoryMb);
  }

  public String arn() {
    return new FunctionReference(name, java.util.Optional.empty()).arn();
  }
}
