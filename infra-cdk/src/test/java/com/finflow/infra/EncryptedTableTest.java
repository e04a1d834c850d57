package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.getAtt;
import static com.finflow.infra.CfnTemplate.list;
import static com.finflow.infra.CfnTemplate.map;
import static com.finflow.infra.CfnTemplate.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EncryptedTableTest {

  private final CfnTemplate cfn = SynthesizedStacks.withSampleFeature().cfn();

  @Test
  void everyTableIsOnDemandRecoverableAndEncryptedWithTheCustomerKey() {
    var keyId = cfn.encryptionKeyId();
    cfn.nonEmptyResources("AWS::DynamoDB::Table")
        .forEach(
            (id, table) -> {
              var props = properties(table);
              assertThat(props.get("BillingMode")).as(id).isEqualTo("PAY_PER_REQUEST");
              assertThat(props.get("PointInTimeRecoverySpecification"))
                  .as(id)
                  .isEqualTo(Map.of("PointInTimeRecoveryEnabled", true));
              var sse = map(props.get("SSESpecification"));
              assertThat(sse)
                  .as(id)
                  .containsEntry("SSEEnabled", true)
                  .containsEntry("SSEType", "KMS");
              assertThat(getAtt(sse.get("KMSMasterKeyId"), "Arn")).as(id).contains(keyId);
            });
  }

  @Test
  void everyTableSurvivesStackDeletionAndAccidentalDeletes() {
    cfn.nonEmptyResources("AWS::DynamoDB::Table")
        .forEach(
            (id, table) -> {
              assertThat(table)
                  .as(id)
                  .containsEntry("DeletionPolicy", "Retain")
                  .containsEntry("UpdateReplacePolicy", "Retain");
              assertThat(properties(table)).as(id).containsEntry("DeletionProtectionEnabled", true);
            });
  }

  @Test
  void aTableWithTimeToLiveExpiresItemsByThatAttribute() {
    var table = cfn.properties(cfn.singleId("AWS::DynamoDB::Table"));
    assertThat(table.get("TimeToLiveSpecification"))
        .isEqualTo(
            Map.of("AttributeName", SynthesizedStacks.SAMPLE_TTL_ATTRIBUTE, "Enabled", true));
  }

  @Test
  void aTableHasTheKeysAndIndexesItWasGiven() {
    var table = cfn.properties(cfn.singleId("AWS::DynamoDB::Table"));
    assertThat(list(table.get("KeySchema")))
        .containsExactly(
            Map.of("AttributeName", "pk", "KeyType", "HASH"),
            Map.of("AttributeName", "sk", "KeyType", "RANGE"));
    assertThat(list(table.get("GlobalSecondaryIndexes")))
        .singleElement()
        .satisfies(index -> assertThat(map(index)).containsEntry("IndexName", "byStatus"));
  }

  @Test
  void tablesAreClassicTablesTheLocalStackUnderstands() {
    assertThat(cfn.resources("AWS::DynamoDB::GlobalTable")).isEmpty();
    assertThat(SynthesizedStacks.finflow().cfn().resources("AWS::DynamoDB::GlobalTable")).isEmpty();
  }
}
