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
    var rule = cfn.properties(cfn.singleId("AWS::Events::Rule"));
    assertThat(rule).containsEntry("ScheduleExpression", "rate(1 minute)");
    var target = map(list(rule.get("Targets")).getFirst());
    var aliasId = CfnTemplate.ref(target.get("Arn")).orElseThrow();
    assertThat(cfn.typeOf(aliasId)).isEqualTo("AWS::Lambda::Alias");
    assertThat(cfn.properties(cfn.functionOfAlias(aliasId)).get("Handler"))
        .isEqualTo("com.finflow.transfers.lambda.ReconcileBulksHandler::handleRequest");
  }

  @Test
  void theReconcilerReadsOnlyTheSparseIndexOfOpenBulks() {
    var table =
        cfn.nonEmptyResources("AWS::DynamoDB::Table").entrySet().stream()
            .filter(entry -> entry.getKey().startsWith("TransfersTable"))
            .findFirst()
            .orElseThrow();
    var index =
        map(
            list(CfnTemplate.properties(table.getValue()).get("GlobalSecondaryIndexes"))
                .getFirst());
    assertThat(index).containsEntry("IndexName", "open-bulks");
    assertThat(map(index.get("Projection"))).containsEntry("ProjectionType", "KEYS_ONLY");

    var role =
        cfn.roleOfFunction(
            cfn.functionWithHandler(
                "com.finflow.transfers.lambda.ReconcileBulksHandler::handleRequest"));
    var queryResources =
        cfn.statementsOfRole(role).stream()
            .filter(statement -> actions(statement).contains("dynamodb:Query"))
            .map(statement -> statement.get("Resource").toString())
            .toList();
    assertThat(queryResources)
        .singleElement()
        .asString()
        .contains("/index/open-bulks")
        .doesNotContain("*");
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
