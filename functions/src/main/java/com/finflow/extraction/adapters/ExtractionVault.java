package com.finflow.extraction.adapters;

import com.finflow.extraction.ExtractionResults;
import com.finflow.extraction.TokenVault;
import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;

import java.time.Clock;

/** The container's token vault on DynamoDB ({@code TOKENS_TABLE}) and KMS ({@code KEY_ID}). */
public final class ExtractionVault {

  private static TokenVault vault;

  private ExtractionVault() {}

  /**
   * One vault per container, built on first use, so its caches last as long as the container. A missing
   * variable fails each call with its name, rather than once and then with an unrelated error.
   */
  public static synchronized TokenVault fromEnvironment() {
    if (vault == null) {
      vault = new DynamoTokenVault(
          AwsClients.dynamoDb(),
          Environment.required("TOKENS_TABLE"),
          new EnvelopeEncryption(AwsClients.kms(), Environment.required("KEY_ID")),
          Clock.systemUTC(),
          // An extraction's state changes (pending, then completed) and is read by other containers.
          purpose -> !ExtractionResults.PURPOSE.equals(purpose));
    }
    return vault;
  }
}
