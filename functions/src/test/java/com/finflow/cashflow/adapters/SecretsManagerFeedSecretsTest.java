package com.finflow.cashflow.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.shared.aws.LocalKms;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Feed API keys in Secrets Manager (moto), under the customer key. */
class SecretsManagerFeedSecretsTest {

  private final SecretsManagerFeedSecrets secrets =
      new SecretsManagerFeedSecrets(LocalKms.secretsManager(), LocalKms.keyId());

  @Test
  void storesAKeyUnderTheFeedsNameAndANewKeyReplacesIt() {
    String organization = "org-" + UUID.randomUUID();

    String name = secrets.store(organization, "cdm-main", "k-first");
    String first = secrets.read(name);
    String sameName = secrets.store(organization, "cdm-main", "k-second");

    assertThat(name).isEqualTo("finflow/cashflow-feeds/" + organization + "/cdm-main");
    assertThat(first).isEqualTo("k-first");
    assertThat(sameName).isEqualTo(name);
    assertThat(secrets.read(name)).isEqualTo("k-second");
    assertThat(
            LocalKms.secretsManager().describeSecret(request -> request.secretId(name)).kmsKeyId())
        .contains(LocalKms.keyId());
  }
}
