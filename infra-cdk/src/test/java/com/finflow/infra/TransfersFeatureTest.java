package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.getAtt;
import static com.finflow.infra.CfnTemplate.list;
import static com.finflow.infra.CfnTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TransfersFeatureTest {

  private static final String RECONCILE =
      "com.finflow.transfers.lambda.ReconcileBulksHandler::handleRequest";

  private final CfnTemplate cfn = SynthesizedStacks.finflow().cfn();

  @Test
  void transfersGetMoreReceivesThanTheMinimumBeforeTheirDeadLetterQueue() {
    var queue =
        cfn.nonEmptyResources("AWS::SQS::Queue").entrySet().stream()
            .filter(
                entry ->
                    entry.getKey().startsWith("TransferQueue")
                        && !entry.getKey().contains("DeadLetter"))
            .findFirst()
            .orElseThrow();
    assertThat(map(CfnTemplate.properties(queue.getValue()).get("RedrivePolicy")))
        .containsEntry("maxReceiveCount", 10);
  }

  @Test
  void theReconcilerRunsEveryMinuteThroughItsAlias() {
    var rule =
        cfn.resources("AWS::Events::Rule").values().stream()
            .map(CfnTemplate::properties)
            .filter(properties -> String.valueOf(properties.get("Description")).contains("bulks"))
            .findFirst()
            .orElseThrow();
    assertThat(rule).containsEntry("ScheduleExpression", "rate(1 minute)");
    var target = map(list(rule.get("Targets")).getFirst());
    var aliasId = CfnTemplate.ref(target.get("Arn")).orElseThrow();
    assertThat(cfn.typeOf(aliasId)).isEqualTo("AWS::Lambda::Alias");
    assertThat(cfn.properties(cfn.functionOfAlias(aliasId)).get("Handler"))
        .isEqualTo("com.finflow.transfers.lambda.ReconcileBulksHandler::handleRequest");
  }

  @Test
  void theReconcilerReadsTheSparseIndexesOfOpenBulksAndPendingNoticesAndOneBulkAtATime() {
    assertThat(index("open-bulks"))
        .containsEntry(
            "KeySchema",
            List.of(
                Map.of("AttributeName", "open_shard", "KeyType", "HASH"),
                Map.of("AttributeName", "created_at", "KeyType", "RANGE")));
    assertThat(map(index("open-bulks").get("Projection")))
        .containsEntry("ProjectionType", "KEYS_ONLY");

    var queryResources =
        cfn.statementsOfRole(cfn.roleOfFunction(cfn.functionWithHandler(RECONCILE))).stream()
            .filter(statement -> actions(statement).contains("dynamodb:Query"))
            .map(statement -> statement.get("Resource").toString())
            .toList();
    assertThat(queryResources)
        .hasSize(3)
        .noneMatch(resource -> resource.contains("*"))
        .anyMatch(resource -> resource.contains("/index/open-bulks"))
        .anyMatch(resource -> resource.contains("/index/pending-notices"))
        .anyMatch(resource -> !resource.contains("/index/"));
  }

  @Test
  void noticesLeftInTheOutboxAreIndexedSparselyByWhenTheyFallDue() {
    var pending = index("pending-notices");

    assertThat(pending)
        .containsEntry(
            "KeySchema",
            List.of(
                Map.of("AttributeName", "outbox_shard", "KeyType", "HASH"),
                Map.of("AttributeName", "due_at_ms", "KeyType", "RANGE")));
    assertThat(map(pending.get("Projection"))).containsEntry("ProjectionType", "KEYS_ONLY");
    assertThat(
            list(CfnTemplate.properties(transfersTable().getValue()).get("AttributeDefinitions")))
        .contains(
            Map.of("AttributeName", "outbox_shard", "AttributeType", "S"),
            Map.of("AttributeName", "due_at_ms", "AttributeType", "N"));
  }

  @Test
  void onlyTheFunctionsThatPublishNoticesFromTheOutboxRemoveItemsOfTheTransfersTable() {
    var removers =
        cfn.resources("AWS::Lambda::Function").keySet().stream()
            .filter(
                function ->
                    cfn.statementsOfRole(cfn.roleOfFunction(function)).stream()
                        .anyMatch(
                            statement ->
                                actions(statement).contains("dynamodb:DeleteItem")
                                    && getAtt(statement.get("Resource"), "Arn")
                                        .filter(transfersTable().getKey()::equals)
                                        .isPresent()))
            .map(function -> (String) cfn.properties(function).get("Handler"))
            .toList();

    assertThat(removers)
        .containsExactlyInAnyOrder(
            "com.finflow.transfers.lambda.ExecuteTransferHandler::handleRequest",
            "com.finflow.transfers.lambda.SettleBulkHandler::handleRequest",
            RECONCILE);
  }

  private Map.Entry<String, Map<String, Object>> transfersTable() {
    return cfn.nonEmptyResources("AWS::DynamoDB::Table").entrySet().stream()
        .filter(entry -> entry.getKey().startsWith("TransfersTable"))
        .findFirst()
        .orElseThrow();
  }

  private Map<String, Object> index(String name) {
    return list(CfnTemplate.properties(transfersTable().getValue()).get("GlobalSecondaryIndexes"))
        .stream()
        .map(CfnTemplate::map)
        .filter(index -> name.equals(index.get("IndexName")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void onlySubmissionAndSettlementChangeAccountBalances() {
    var accountsTable =
        cfn.nonEmptyResources("AWS::DynamoDB::Table").keySet().stream()
            .filter(id -> id.startsWith("AccountsTable"))
            .findFirst()
            .orElseThrow();
    var writers =
        cfn.resources("AWS::Lambda::Function").keySet().stream()
            .filter(
                function ->
                    cfn.statementsOfRole(cfn.roleOfFunction(function)).stream()
                        .anyMatch(
                            statement ->
                                actions(statement).contains("dynamodb:UpdateItem")
                                    && getAtt(statement.get("Resource"), "Arn")
                                        .filter(accountsTable::equals)
                                        .isPresent()))
            .map(function -> (String) cfn.properties(function).get("Handler"))
            .toList();
    assertThat(writers)
        .containsExactlyInAnyOrder(
            "com.finflow.transfers.lambda.SubmitBulkHandler::handleRequest",
            "com.finflow.transfers.lambda.SettleBulkHandler::handleRequest");
  }

  private static List<String> actions(Map<String, Object> statement) {
    return statement.get("Action") instanceof List<?> many
        ? many.stream().map(String.class::cast).toList()
        : Stream.of((String) statement.get("Action")).toList();
  }
}
