package com.finflow.infra.identity;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.kms.KeySpec;
import software.amazon.awscdk.services.kms.KeyUsage;
import software.constructs.Construct;

/**
 * The asymmetric KMS key (P-256) that signs access tokens: its private half never leaves KMS. KMS
 * cannot rotate asymmetric keys automatically; tokens carry the key id ({@code kid}) so a new key
 * can be introduced beside it.
 */
public final class TokenSigningKey extends Construct {

  public static final String ALIAS = "alias/finflow-token-signing";

  private final Key key;

  public TokenSigningKey(Construct scope, String id) {
    super(scope, id);
    key =
        Key.Builder.create(this, "Key")
            .alias(ALIAS)
            .description("Finflow access-token signing (ES256)")
            .keySpec(KeySpec.ECC_NIST_P256)
            .keyUsage(KeyUsage.SIGN_VERIFY)
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();
  }

  public IKey key() {
    return key;
  }
}
