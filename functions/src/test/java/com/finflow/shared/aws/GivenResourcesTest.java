package com.finflow.shared.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GivenResourcesTest {

  @Test
  void eachResourceIsKnownByItsVariablesSuffix() {
    GivenResources given =
        GivenResources.of(
            Map.of(
                "IDENTITY_TABLE", "identity",
                "WEBHOOK_QUEUE_URL", "http://queue",
                "SIGNING_KEY_ID", "signing",
                "KEY_ID", "vault",
                "PROVIDER_SECRET_ARN", "arn:secret",
                "TOKEN_ISSUER", "finflow"));

    assertThat(given.tables()).containsExactly("identity");
    assertThat(given.queueUrls()).containsExactly("http://queue");
    assertThat(given.keyIds()).containsExactly("vault", "signing");
    assertThat(given.secretArns()).containsExactly("arn:secret");
  }

  @Test
  void theCredentialsLambdaSetsAreNoKeyToPrime() {
    GivenResources given =
        GivenResources.of(
            Map.of(
                "AWS_ACCESS_KEY_ID", "ASIAEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "secret",
                "AWS_SESSION_TOKEN", "token",
                "ACCOUNTS_TABLE", "accounts"));

    assertThat(given.keyIds()).isEmpty();
    assertThat(given.tables()).containsExactly("accounts");
  }
}
