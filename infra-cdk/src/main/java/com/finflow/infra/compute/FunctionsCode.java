package com.finflow.infra.compute;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

/**
 * The deployable code of the functions: one artifact per feature, the feature named by the
 * handler's package ({@code com.finflow.<feature>.lambda.XHandler}). CDK binds a {@code Code} asset
 * to the first stack that uses it, and each feature has a nested stack of its own: one {@code Code}
 * per stack and feature, so each artifact is still uploaded once.
 */
public final class FunctionsCode {

  private final Function<String, Code> codeOfFeature;
  private final Map<String, Code> byStackAndFeature = new HashMap<>();

  public FunctionsCode(Function<String, Code> codeOfFeature) {
    this.codeOfFeature = codeOfFeature;
  }

  /** The code of the function running {@code handler}, created under {@code scope}. */
  public Code in(Construct scope, String handler) {
    String feature = featureOf(handler);
    return byStackAndFeature.computeIfAbsent(
        Stack.of(scope).getNode().getPath() + "|" + feature, key -> codeOfFeature.apply(feature));
  }

  /**
   * {@code com.finflow.transfers.lambda.GetBulkHandler::handleRequest} is in {@code transfers}; a
   * handler outside {@code com.finflow.<feature>} is its own package's.
   */
  static String featureOf(String handler) {
    String type = handler.split("::")[0];
    String[] packages = type.split("\\.");
    if (packages.length >= 4 && packages[0].equals("com") && packages[1].equals("finflow")) {
      return packages[2];
    }
    return type.contains(".") ? type.substring(0, type.lastIndexOf('.')) : type;
  }
}
