package com.finflow.infra.security;

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
        ProviderIssuedSecrets.create(
            this,
            key,
            NAME,
            "API key of the market-data provider that prices securities",
            SecretStringGenerator.builder().excludePunctuation(true).passwordLength(32).build(),
            "The key is issued by the market-data provider; a rotation Lambda cannot make"
                + " the provider issue a new one.");
  }

  public ISecret secret() {
    return secret;
  }
}
