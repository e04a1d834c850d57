package com.finflow.localstack.gateway;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS services the gateway knows, recognised the way AWS's own front door does: by the signing
 * scope.
 */
public enum AwsService {
  DYNAMODB("dynamodb", "DynamoDB_"),
  SQS("sqs", "AmazonSQS."),
  KMS("kms", "TrentService."),
  SECRETS_MANAGER("secretsmanager", "secretsmanager.");

  private static final Pattern CREDENTIAL_SCOPE =
      Pattern.compile("Credential=[^/,\\s]+/\\d{8}/[^/]+/([^/]+)/aws4_request");

  private final String signingName;
  private final String targetPrefix;

  AwsService(String signingName, String targetPrefix) {
    this.signingName = signingName;
    this.targetPrefix = targetPrefix;
  }

  /**
   * @param authorization the Authorization header, or for presigned URLs the X-Amz-Credential
   *     parameter prefixed with "Credential="
   */
  public static Optional<AwsService> of(String authorization, String target) {
    Matcher matcher = CREDENTIAL_SCOPE.matcher(authorization);
    if (matcher.find()) {
      String name = matcher.group(1);
      for (AwsService service : values()) {
        if (service.signingName.equals(name)) {
          return Optional.of(service);
        }
      }
      return Optional.empty();
    }
    for (AwsService service : values()) {
      if (!target.isEmpty() && target.startsWith(service.targetPrefix)) {
        return Optional.of(service);
      }
    }
    return Optional.empty();
  }

  public String signingName() {
    return signingName;
  }
}
