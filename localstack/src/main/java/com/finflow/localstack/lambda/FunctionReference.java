package com.finflow.localstack.lambda;

import com.finflow.emulators.AwsAccount;
import java.util.Optional;

/**
 * A function named the ways Lambda accepts: plain name, function ARN, or ARN with a version or
 * alias qualifier.
 */
public record FunctionReference(String name, Optional<String> qualifier) {

  public static FunctionReference parse(String nameOrArn) {
    String text = nameOrArn;
    // API Gateway integration and authorizer URIs wrap the function ARN.
    int wrapped = text.indexOf("/functions/");
    if (wrapped >= 0) {
      text = text.substring(wrapped + "/functions/".length()).replaceFirst("/invocations$", "");
    }
    if (!text.startsWith("arn:")) {
      String[] parts = text.split(":", 2);
      return new FunctionReference(
          parts[0], parts.length > 1 ? Optional.of(parts[1]) : Optional.empty());
    }
    String[] parts = text.split(":");
    if (parts.length < 7 || !parts[5].equals("function")) {
      throw new IllegalArgumentException(nameOrArn + " is not a Lambda function ARN");
    }
    return new FunctionReference(
        parts[6], parts.length > 7 ? Optional.of(parts[7]) : Optional.empty());
  }

  public String arn() {
    return AwsAccount.arn("lambda", "function:" + name) + qualifier.map(q -> ":" + q).orElse("");
  }
}
