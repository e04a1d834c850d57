package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenFinanceProviderSecretTest {

  private final CfnTemplate cfn = SynthesizedStacks.finflow().cfn();

  @Test
  void theProviderSecretHoldsTheBaseUrlAndAGeneratedRegistrationSecret() {
    var secretId = cfn.secretNamed("finflow/open-finance-provider");
    var secret = cfn.properties(secretId);
    assertThat(secret).containsEntry("Name", "finflow/open-finance-provider");
    assertThat(map(secret.get("GenerateSecretString")))
        .containsEntry("SecretStringTemplate", "{\"base_url\":\"http://localhost:8092\"}")
        .containsEntry("GenerateStringKey", "registration_secret");
    assertThat(cfn.resource(secretId)).containsEntry("DeletionPolicy", "Retain");
  }

  @Test
  void thePriceSourceKeyIsAGeneratedPlaceholderKeptWhenTheStackGoes() {
    var secretId = cfn.secretNamed("finflow/price-source-key");
    assertThat(cfn.properties(secretId)).containsKey("GenerateSecretString");
    assertThat(cfn.properties(secretId)).containsKey("KmsKeyId");
    assertThat(cfn.resource(secretId)).containsEntry("DeletionPolicy", "Retain");
  }
}
