package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.getAtt;
import static com.finflow.infra.CfnTemplate.list;
import static com.finflow.infra.CfnTemplate.map;
import static com.finflow.infra.CfnTemplate.referencedIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.infra.storage.EncryptedTableProps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.services.dynamodb.AttributeType;

class HealthWiringTest {

  private static final String HANDLER = "com.finflow.health.lambda.HealthHandler::handleRequest";

  @Test
  void healthKnowsTheKeyAndTheProviderSecretAndMayOnlyDescribeThem() {
    var cfn = SynthesizedStacks.finflow().cfn();
    var keyId = cfn.encryptionKeyId();
    var secretId = cfn.secretNamed("finflow/open-finance-provider");
    var environment = environment(cfn);
    assertThat(environment.get("KEY_ID")).isEqualTo(Map.of("Ref", keyId));
    assertThat(environment.get("HEALTH_SECRET_ARNS")).isEqualTo(Map.of("Ref", secretId));
    var statements = healthStatements(cfn);
    assertThat(statements)
        .anySatisfy(
            statement -> {
              assertThat(statement.get("Action")).isEqualTo("kms:DescribeKey");
              assertThat(getAtt(statement.get("Resource"), "Arn")).contains(keyId);
            });
    assertThat(statements)
        .anySatisfy(
            statement -> {
              assertThat(statement.get("Action")).isEqualTo("secretsmanager:DescribeSecret");
              assertThat(statement.get("Resource")).isEqualTo(Map.of("Ref", secretId));
            });
  }

  @Test
  void withoutTablesOrQueuesHealthListsThemInstead() {
    var cfn = SynthesizedStacks.bare().cfn();
    var environment = environment(cfn);
    assertThat(environment)
        .containsEntry("HEALTH_TABLES", "")
        .containsEntry("HEALTH_QUEUE_URLS", "");
    var statements = healthStatements(cfn);
    assertThat(statements)
        .anySatisfy(
            statement ->
                assertThat(statement)
                    .containsEntry("Action", "dynamodb:ListTables")
                    .containsEntry("Resource", "*"));
    assertThat(statements)
        .anySatisfy(
            statement ->
                assertThat(statement)
                    .containsEntry("Action", "sqs:ListQueues")
                    .containsEntry("Resource", "*"));
    assertThat(statements)
        .noneMatch(statement -> statement.get("Action").equals("dynamodb:DescribeTable"));
  }

  @Test
  void healthDescribesEveryTableAndQueueThatAFeatureAdds() {
    var cfn = SynthesizedStacks.withSampleFeature().cfn();
    var tables = cfn.nonEmptyResources("AWS::DynamoDB::Table").keySet();
    var queues = cfn.nonEmptyResources("AWS::SQS::Queue").keySet();
    var environment = environment(cfn);
    assertThat(referencedIds(environment.get("HEALTH_TABLES")))
        .containsExactlyInAnyOrderElementsOf(tables);
    assertThat(referencedIds(environment.get("HEALTH_QUEUE_URLS")))
        .containsExactlyInAnyOrderElementsOf(queues);
    var statements = healthStatements(cfn);
    assertThat(statements)
        .anySatisfy(
            statement -> {
              assertThat(statement.get("Action")).isEqualTo("dynamodb:DescribeTable");
              assertThat(referencedIds(statement.get("Resource")))
                  .containsExactlyInAnyOrderElementsOf(tables);
            });
    assertThat(statements)
        .anySatisfy(
            statement -> {
              assertThat(statement.get("Action")).isEqualTo("sqs:GetQueueAttributes");
              assertThat(referencedIds(statement.get("Resource")))
                  .containsExactlyInAnyOrderElementsOf(queues);
            });
    assertThat(statements)
        .noneMatch(
            statement ->
                List.of("dynamodb:ListTables", "sqs:ListQueues").contains(statement.get("Action")));
  }

  @Test
  void aTableAddedOutsideAFeatureIsRefusedBecauseHealthWouldMissIt() {
    var stack = SynthesizedStacks.withSampleFeature().stack();
    assertThatThrownBy(
            () ->
                stack.table(
                    "Late", EncryptedTableProps.withPartitionKey("pk", AttributeType.STRING)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Feature");
  }

  private static Map<String, Object> environment(CfnTemplate cfn) {
    return map(
        map(cfn.properties(cfn.functionWithHandler(HANDLER)).get("Environment")).get("Variables"));
  }

  private static List<Map<String, Object>> healthStatements(CfnTemplate cfn) {
    var statements = cfn.statementsOfRole(cfn.roleOfFunction(cfn.functionWithHandler(HANDLER)));
    assertThat(statements).isNotEmpty();
    statements.forEach(statement -> assertThat(list(statement.get("Action"))).isNotEmpty());
    return statements;
  }
}
