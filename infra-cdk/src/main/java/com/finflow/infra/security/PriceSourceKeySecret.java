package com.finflow.infra.security;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/** The market-data provider's API key (Alpha Vantage's), as a plain secret string. */
public final class PriceSourceKeySecret extends Construct {

  public static final String NAME = "finflow/price-source-key";

  private final Secret secret;

  public PriceSourceKeySecret(Construct scope, String id, IKey key) {
    super(scope, id);
    secret =
        Secret.Builder.create(this, "Secret")
            .secretName(NAME)
            .description("API key of the market-data provider that prices securities")
            .encryptionKey(key)
            // A placeholder the local sandbox accepts; deployments put the provider's key in
            // (put-secret-value).
            .generateSecretString(
                SecretStringGenerator.builder().excludePunctuation(true).passwordLength(32).build())
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();
    NagSuppressions.addResourceSuppressions(
        secret,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-SMG4")
                .reason(
                    "The key is issued by the market-data provider; a rotation Lambda cannot make"
                        + " the provider issue a new one.")
                .build()));
  }

  public ISecret secret() {
    return secret;
  }
}
