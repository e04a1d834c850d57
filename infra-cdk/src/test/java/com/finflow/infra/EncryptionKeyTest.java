package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.getAtt;
import static com.finflow.infra.CfnTemplate.map;
import static com.finflow.infra.CfnTemplate.properties;
import static com.finflow.infra.CfnTemplate.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class EncryptionKeyTest {

  private final CfnTemplate cfn = SynthesizedStacks.finflow().cfn();
  private final String keyId = cfn.encryptionKeyId();

  @Test
  void theCustomerKeyRotatesYearlyAndOutlivesTheStack() {
    var key = cfn.resource(keyId);
    assertThat(properties(key)).containsEntry("EnableKeyRotation", true);
    assertThat(key)
        .containsEntry("DeletionPolicy", "Retain")
        .containsEntry("UpdateReplacePolicy", "Retain");
  }

  @Test
  void theKeyIsNamedAliasFinflow() {
    var alias =
        cfn.resources("AWS::KMS::Alias").values().stream()
            .map(CfnTemplate::properties)
            .filter(properties -> "alias/finflow".equals(properties.get("AliasName")))
            .findFirst()
            .orElseThrow();
    assertThat(getAtt(alias.get("TargetKeyId"), "Arn")).contains(keyId);
  }

  @Test
  void cloudWatchLogsMayUseTheKeyOnlyForLogGroupsOfThisAccount() {
    var statement = statement("AllowCloudWatchLogsOfThisAccount");
    assertThat(map(statement.get("Principal")).get("Service"))
        .isEqualTo(
            Map.of(
                "Fn::Join",
                List.of("", List.of("logs.", Map.of("Ref", "AWS::Region"), ".amazonaws.com"))));
    assertThat(statement.get("Action"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .contains("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey")
        .doesNotContain("kms:*");
    assertThat(map(map(statement.get("Condition")).get("ArnLike")))
        .containsKey("kms:EncryptionContext:aws:logs:arn");
  }

  @Test
  void alarmsAndSnsMayUseTheKeyFromThisAccountOnly() {
    for (var sid :
        List.of(
            "AllowCloudWatchAlarmsToPublishToEncryptedTopics",
            "AllowSnsToDeliverToEncryptedQueues")) {
      var statement = statement(sid);
      assertThat(statement.get("Action"))
          .as(sid)
          .isEqualTo(List.of("kms:Decrypt", "kms:GenerateDataKey"));
      assertThat(statement.get("Condition"))
          .as(sid)
          .isEqualTo(
              Map.of("StringEquals", Map.of("aws:SourceAccount", Map.of("Ref", "AWS::AccountId"))));
    }
  }

  @Test
  void everyLogGroupTopicAndSecretIsEncryptedWithTheKey() {
    cfn.nonEmptyResources("AWS::Logs::LogGroup")
        .forEach(
            (id, logGroup) ->
                assertThat(getAtt(properties(logGroup).get("KmsKeyId"), "Arn"))
                    .as(id)
                    .contains(keyId));
    cfn.nonEmptyResources("AWS::SNS::Topic")
        .forEach(
            (id, topic) ->
                assertThat(CfnTemplate.referencedIds(properties(topic).get("KmsMasterKeyId")))
                    .as(id)
                    .contains(keyId));
    cfn.nonEmptyResources("AWS::SecretsManager::Secret")
        .forEach(
            (id, secret) ->
                assertThat(getAtt(properties(secret).get("KmsKeyId"), "Arn"))
                    .as(id)
                    .contains(keyId));
  }

  @Test
  void theAlarmTopicRefusesPlainHttpAndAcceptsAlarmsOfThisAccount() {
    var topicId = cfn.singleId("AWS::SNS::Topic");
    var policy = cfn.properties(cfn.singleId("AWS::SNS::TopicPolicy"));
    assertThat(CfnTemplate.list(policy.get("Topics")).stream().map(t -> ref(t).orElseThrow()))
        .containsExactly(topicId);
    var statements = CfnTemplate.statementsOf(policy.get("PolicyDocument"));
    assertThat(statements)
        .anySatisfy(
            statement -> {
              assertThat(statement.get("Effect")).isEqualTo("Deny");
              assertThat(statement.get("Condition"))
                  .isEqualTo(Map.of("Bool", Map.of("aws:SecureTransport", "false")));
            });
    assertThat(statements)
        .anySatisfy(
            statement -> {
              assertThat(statement.get("Effect")).isEqualTo("Allow");
              assertThat(statement.get("Principal"))
                  .isEqualTo(Map.of("Service", "cloudwatch.amazonaws.com"));
              assertThat(statement.get("Action")).isEqualTo("sns:Publish");
            });
  }

  private Map<String, Object> statement(String sid) {
    return CfnTemplate.statementsOf(cfn.properties(keyId).get("KeyPolicy")).stream()
        .filter(statement -> sid.equals(statement.get("Sid")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no key policy statement " + sid));
  }
}
