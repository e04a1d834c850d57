package com.finflow.infra.security;

import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/** Base URL and registration credentials of the Open Finance provider. */
public final class OpenFinanceProviderSecret extends Construct {

  public static final String NAME = "finflow/open-finance-provider";

  /**
   * The local stack's sandbox provider; deployments put the real provider's URL and secret into the
   * secret.
   */
  public static final String SANDBOX_BASE_URL = "http://localhost:8092";

  private final Secret secret;

  public OpenFinanceProviderSecret(Construct scope, String id, IKey key) {
    super(scope, id);
    secret =
        ProviderIssuedSecrets.create(
            this,
            key,
            NAME,
            "Open Finance provider base URL and registration credentials",
            SecretStringGenerator.builder()
                .secretStringTemplate("{\"base_url\":\"" + SANDBOX_BASE_URL + "\"}")
                .generateStringKey("registration_secret")
                .excludePunctuation(true)
                .passwordLength(48)
                .build(),
            "The registration credentials are issued and rotated by the Open Finance provider; "
                + "a Secrets Manager rotation Lambda cannot rotate them on its own.");
  }

  public ISecret secret() {
    return secret;
  }
}
