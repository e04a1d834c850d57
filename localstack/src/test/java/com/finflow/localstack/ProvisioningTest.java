package com.finflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

@ExtendWith(SharedLocalStack.class)
class ProvisioningTest {

  @Test
  void tableIsCreatedWithItsIndexAndTimeToLive(LocalStackRuntime runtime) {
    String table = runtime.stack().ref("ObservationsTable4C1E7B90").orElseThrow();
    try (DynamoDbClient dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint())) {
      assertThat(table).isEqualTo("Finflow-ObservationsTable4C1E7B90");
      assertThat(
              dynamoDb
                  .describeTimeToLive(describe -> describe.tableName(table))
                  .timeToLiveDescription())
          .satisfies(
              ttl -> {
                assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
                assertThat(ttl.attributeName()).isEqualTo("expiresAt");
              });
      assertThat(
              dynamoDb
                  .describeTable(describe -> describe.tableName(table))
                  .table()
                  .globalSecondaryIndexes())
          .extracting(index -> index.indexName())
          .containsExactly("byFunction");
    }
  }

  @Test
  void queueIsCreatedWithItsRedrivePolicyToTheDeadLetterQueue(LocalStackRuntime runtime)
      throws Exception {
    String queueUrl = runtime.stack().ref("TransfersQueueB5D2F3C1").orElseThrow();
    String dlqArn = runtime.stack().attribute("TransfersDlq2F9C1A44", "Arn").orElseThrow();
    try (SqsClient sqs = TestClients.sqs(runtime.awsEndpoint())) {
      Map<String, String> attributes =
          sqs.getQueueAttributes(get -> get.queueUrl(queueUrl).attributeNamesWithStrings("All"))
              .attributesAsStrings();

      assertThat(queueUrl).startsWith(runtime.awsEndpoint().toString());
      assertThat(attributes).containsEntry("VisibilityTimeout", "5");
      JsonNode redrive = new ObjectMapper().readTree(attributes.get("RedrivePolicy"));
      assertThat(redrive.path("deadLetterTargetArn").asText()).isEqualTo(dlqArn);
      assertThat(redrive.path("maxReceiveCount").asInt()).isEqualTo(3);
      assertThat(attributes.get("QueueArn"))
          .isEqualTo(runtime.stack().attribute("TransfersQueueB5D2F3C1", "Arn").orElseThrow());
    }
  }

  @Test
  void secretIsGeneratedFromTheTemplateKeys(LocalStackRuntime runtime) throws Exception {
    String secretArn = runtime.stack().ref("DatabaseSecret86DBB7B3").orElseThrow();
    try (SecretsManagerClient secrets = TestClients.secretsManager(runtime.awsEndpoint())) {
      JsonNode secret =
          new ObjectMapper()
              .readTree(secrets.getSecretValue(get -> get.secretId(secretArn)).secretString());

      assertThat(secret.path("username").asText()).isEqualTo("finflow");
      assertThat(secret.path("password").asText())
          .hasSize(24)
          .doesNotContainAnyWhitespaces()
          .doesNotContain("\"", "@", "/", "\\", "'");
    }
  }

  @Test
  void keyEncryptsAndDecryptsThroughTheGatewayWithOnlyTheEndpointOverridden(
      LocalStackRuntime runtime) {
    try (KmsClient kms = TestClients.kms(runtime.awsEndpoint())) {
      SdkBytes ciphertext =
          kms.encrypt(
                  encrypt ->
                      encrypt
                          .keyId("alias/finflow-ledger")
                          .plaintext(SdkBytes.fromUtf8String("IBAN DE89 3704 0044 0532 0130 00")))
              .ciphertextBlob();

      String keyId = runtime.stack().ref("LedgerKey3D5E1F2A").orElseThrow();
      assertThat(kms.describeKey(describe -> describe.keyId(keyId)).keyMetadata().arn())
          .isEqualTo(runtime.stack().attribute("LedgerKey3D5E1F2A", "Arn").orElseThrow())
          .startsWith("arn:aws:kms:us-east-1:000000000000:key/");
      assertThat(
              kms.decrypt(decrypt -> decrypt.ciphertextBlob(ciphertext)).plaintext().asUtf8String())
          .isEqualTo("IBAN DE89 3704 0044 0532 0130 00");
    }
  }

  @Test
  void resourcesTheStackDoesNotNeedAreOnlyDeclared(LocalStackRuntime runtime) {
    assertThat(runtime.stack().byLogicalId("FunctionServiceRole675BB04A").orElseThrow().emulated())
        .isFalse();
    assertThat(
            runtime
                .stack()
                .byLogicalId("TransfersQueueDepthAlarm1C2D3E4F")
                .orElseThrow()
                .emulated())
        .isFalse();
  }
}
