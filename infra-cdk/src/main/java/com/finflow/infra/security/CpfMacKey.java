package com.finflow.infra.security;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.kms.KeySpec;
import software.amazon.awscdk.services.kms.KeyUsage;
import software.constructs.Construct;

/**
 * The KMS HMAC key (HMAC_256) that turns a customer's CPF into the key their cached items are filed
 * under: a plain hash of a CPF is reversible by trying all 10^9 of them, a MAC without this key is
 * not, and the key never leaves KMS.
 *
 * <p>KMS does not rotate HMAC keys automatically, and rotating this one by hand would orphan every
 * item filed under the old MACs until their TTL removes them: the items are caches of at most a few
 * days, so that costs only refetches.
 */
public final class CpfMacKey extends Construct {

  public static final String ALIAS = "alias/finflow-cpf-mac";

  private final Key key;

  public CpfMacKey(Construct scope, String id) {
    super(scope, id);
    key =
        Key.Builder.create(this, "Key")
            .alias(ALIAS)
            .description("Finflow lookup keys of customers' CPFs (HMAC-SHA-256)")
            .keySpec(KeySpec.HMAC_256)
            .keyUsage(KeyUsage.GENERATE_VERIFY_MAC)
            // Retained like every Finflow key: the tokens table outlives the stack, and its items
            // are found only with it.
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();
  }

  public IKey key() {
    return key;
  }

  /** Lets the function compute MACs, and nothing else with this key. */
  public void grantGenerateMac(IGrantable function) {
    key.grant(function, "kms:GenerateMac");
  }
}
