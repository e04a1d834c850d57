package com.finflow.infra.compute;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

/**
 * The deployable code of all functions. CDK binds a {@code Code} asset to the first stack that uses
 * it, and each feature has a nested stack of its own: one {@code Code} per stack, all of the same
 * file, so the jar is still uploaded once.
 */
public final class FunctionsCode {

  private final Supplier<Code> newCode;
  private final Map<String, Code> byStack = new HashMap<>();

  public FunctionsCode(Supplier<Code> newCode) {
    this.newCode = newCode;
  }

  /** The code for a function created under {@code scope}. */
  public Code in(Construct scope) {
    return byStack.computeIfAbsent(Stack.of(scope).getNode().getPath(), path -> newCode.get());
  }
}
