package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.getAtt;
import static com.finflow.infra.CfnTemplate.list;
import static com.finflow.infra.CfnTemplate.map;
import static com.finflow.infra.CfnTemplate.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CashflowFeatureTest {

  private static final String PACKAGE = "com.finflow.cashflow.lambda.";
  private static final List<String> HTTP_FLOWS =
      List.of(
          "RegisterCompany",
          "GetCompany",
          "ListCompanies",
          "PutExchangeRate",
          "ChangeSettings",
          "SubmitBatch",
          "GetCompanySummary",
          "GetBalances",
          "GetInterest",
          "GetBalanceAt",
          "ListQuarantine",
          "GetQuarantineSummary",
          "RegisterFeed",
          "GetFeed",
          "ChangeFeedStatus",
          "ServeDashboard");
  private static final List<String> WORKERS =
      List.of("IngestBatch", "ReleaseHeldRows", "PullFeeds");

  private final CfnTemplate cfn = SynthesizedStacks.finflow().cfn();

  @Test
  void eachCashflowFunctionIsNamedAfterTheHandlerItRunsAndUsesSnapStart() {
    var functions =
        cfn.resources("AWS::Lambda::Function").entrySet().stream()
            .filter(
                function ->
                    String.valueOf(properties(function.getValue()).get("Handler"))
                        .startsWith(PACKAGE))
            .toList();

    assertThat(functions)
        .extracting(function -> (String) properties(function.getValue()).get("Handler"))
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(HTTP_FLOWS.stream(), WORKERS.stream())
                .map(flow -> PACKAGE + flow + "Handler::handleRequest")
                .toList());
    assertThat(functions)
        .allSatisfy(
            function -> {
              var handler = (String) properties(function.getValue()).get("Handler");
              assertThat(function.getKey())
                  .startsWith(
                      handler.substring(PACKAGE.length()).replace("Handler::handleRequest", ""));
              assertThat(properties(function.getValue()))
                  .containsEntry("SnapStart", Map.of("ApplyOn", "PublishedVersions"));
            });
  }

  @Test
  void theTableIsKeyedByPkAndSkEncryptedWithTheCustomerKeyAndExpiresJournals() {
    var table = properties(cashflowTable().getValue());

    assertThat(table.get("KeySchema"))
        .isEqualTo(
            List.of(
                Map.of("AttributeName", "pk", "KeyType", "HASH"),
                Map.of("AttributeName", "sk", "KeyType", "RANGE")));
    assertThat(map(table.get("TimeToLiveSpecification")))
        .containsEntry("AttributeName", "expires_at")
        .containsEntry("Enabled", true);
    var sse = map(table.get("SSESpecification"));
    assertThat(sse).containsEntry("SSEEnabled", true).containsEntry("SSEType", "KMS");
    assertThat(getAtt(sse.get("KMSMasterKeyId"), "Arn")).contains(cfn.encryptionKeyId());
  }

  @Test
  void theIngestionQueueTakesOneMebibyteMessagesAndDeadLettersThemAfterFiveReceives() {
    var queue = properties(queue("CashflowIngestionQueue"));
    var redrive = map(queue.get("RedrivePolicy"));

    assertThat(queue).containsEntry("MaximumMessageSize", 1_048_576);
    assertThat(redrive).containsEntry("maxReceiveCount", 5);
    var deadLetterId = getAtt(redrive.get("deadLetterTargetArn"), "Arn").orElseThrow();
    assertThat(deadLetterId).startsWith("CashflowIngestionQueueDeadLetterQueue");
    assertThat(cfn.properties(deadLetterId)).containsEntry("MaximumMessageSize", 1_048_576);
    assertThat(getAtt(queue.get("KmsMasterKeyId"), "Arn")).contains(cfn.encryptionKeyId());
  }

  @Test
  void theReleaseQueueDeadLettersAfterFiveReceivesAndIsEncrypted() {
    var queue = properties(queue("CashflowReleaseQueue"));

    assertThat(map(queue.get("RedrivePolicy"))).containsEntry("maxReceiveCount", 5);
    assertThat(getAtt(queue.get("KmsMasterKeyId"), "Arn")).contains(cfn.encryptionKeyId());
  }

  @Test
  void eachQueueOutlastsItsWorkerSixTimesOverAndReportsPartialBatchFailures() {
    for (var flow :
        List.of(
            Map.entry("IngestBatch", "CashflowIngestionQueue"),
            Map.entry("ReleaseHeldRows", "CashflowReleaseQueue"))) {
      var function = cfn.functionWithHandler(PACKAGE + flow.getKey() + "Handler::handleRequest");
      var timeout = ((Number) cfn.properties(function).get("Timeout")).intValue();
      assertThat(properties(queue(flow.getValue())))
          .as(flow.getValue())
          .containsEntry("VisibilityTimeout", 6 * timeout);
      var mapping =
          cfn.resources("AWS::Lambda::EventSourceMapping").values().stream()
              .map(CfnTemplate::properties)
              .filter(
                  properties ->
                      getAtt(properties.get("EventSourceArn"), "Arn")
                          .filter(id -> isQueue(id, flow.getValue()))
                          .isPresent())
              .findFirst()
              .orElseThrow();
      assertThat(mapping.get("FunctionResponseTypes"))
          .isEqualTo(List.of("ReportBatchItemFailures"));
      var alias = CfnTemplate.ref(mapping.get("FunctionName")).orElseThrow();
      assertThat(cfn.functionOfAlias(alias)).isEqualTo(function);
    }
  }

  @Test
  void theStackOutputsTheIngestionQueueUrlForAutomation() {
    var output = map(map(cfn.json().get("Outputs")).get("CashflowIngestionQueueUrl"));

    assertThat(CfnTemplate.ref(output.get("Value")).orElseThrow())
        .startsWith("CashflowIngestionQueue")
        .doesNotContain("DeadLetter");
  }

  @Test
  void feedsArePulledEveryMinuteAndAStaleFeedOrASilentPullRaisesTheAlarm() {
    var rule =
        cfn.resources("AWS::Events::Rule").values().stream()
            .map(CfnTemplate::properties)
            .filter(properties -> String.valueOf(properties.get("Description")).contains("feed"))
            .findFirst()
            .orElseThrow();
    assertThat(rule).containsEntry("ScheduleExpression", "rate(1 minute)");
    var alarm =
        cfn.resources("AWS::CloudWatch::Alarm").values().stream()
            .map(CfnTemplate::properties)
            .filter(properties -> "FeedLagSeconds".equals(properties.get("MetricName")))
            .findFirst()
            .orElseThrow();
    assertThat(alarm)
        .containsEntry("Namespace", "Finflow/Cashflow")
        .containsEntry("Threshold", 3600)
        .containsEntry("TreatMissingData", "breaching");
    assertThat(list(alarm.get("AlarmActions"))).isNotEmpty();
  }

  @Test
  void onlyTheWorkersDeleteAndOnlyTheyAndTheSettingsChangeUpdateCashflowItems() {
    var workers = WORKERS.stream().map(flow -> PACKAGE + flow + "Handler::handleRequest").toList();
    var updaters = new java.util.ArrayList<>(workers);
    for (var flow : List.of("ChangeSettings", "RegisterFeed", "ChangeFeedStatus")) {
      updaters.add(PACKAGE + flow + "Handler::handleRequest");
    }

    assertThat(cashflowFunctionsWhoseRoleAllows(action -> action.equals("dynamodb:DeleteItem")))
        .containsExactlyInAnyOrderElementsOf(
            workers.stream().filter(worker -> !worker.contains("PullFeeds")).toList());
    assertThat(cashflowFunctionsWhoseRoleAllows(action -> action.equals("dynamodb:UpdateItem")))
        .containsExactlyInAnyOrderElementsOf(updaters);
  }

  @Test
  void theQueriesOnlyRead() {
    for (var flow :
        List.of(
            "GetCompany",
            "ListCompanies",
            "GetCompanySummary",
            "GetBalances",
            "GetInterest",
            "GetBalanceAt",
            "ListQuarantine",
            "GetQuarantineSummary")) {
      var role =
          cfn.roleOfFunction(cfn.functionWithHandler(PACKAGE + flow + "Handler::handleRequest"));
      assertThat(cfn.statementsOfRole(role))
          .as(flow)
          .flatExtracting(CashflowFeatureTest::actions)
          .filteredOn(action -> action.startsWith("dynamodb:") || action.startsWith("sqs:"))
          .isNotEmpty()
          .allMatch(
              action ->
                  List.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query")
                      .contains(action));
    }
  }

  @Test
  void onlyBatchSubmissionAndTheFeedPullQueueBatchesAndOnlyRatesAndIngestionAskForReleases() {
    assertThat(sendersTo("CashflowIngestionQueue"))
        .containsExactlyInAnyOrder(
            PACKAGE + "SubmitBatchHandler::handleRequest",
            PACKAGE + "PullFeedsHandler::handleRequest");
    // The pull puts the upstream's rates as an admin's PUT would; ingestion asks again for the
    // release of a rate that arrived while it held rows for it.
    assertThat(sendersTo("CashflowReleaseQueue"))
        .containsExactlyInAnyOrder(
            PACKAGE + "PutExchangeRateHandler::handleRequest",
            PACKAGE + "PullFeedsHandler::handleRequest",
            PACKAGE + "IngestBatchHandler::handleRequest");
  }

  private List<String> sendersTo(String queuePrefix) {
    return cfn.resources("AWS::Lambda::Function").keySet().stream()
        .filter(
            function ->
                cfn.statementsOfRole(cfn.roleOfFunction(function)).stream()
                    .anyMatch(
                        statement ->
                            actions(statement).contains("sqs:SendMessage")
                                && getAtt(statement.get("Resource"), "Arn")
                                    .filter(id -> isQueue(id, queuePrefix))
                                    .isPresent()))
        .map(function -> (String) cfn.properties(function).get("Handler"))
        .toList();
  }

  private List<String> cashflowFunctionsWhoseRoleAllows(
      java.util.function.Predicate<String> action) {
    var tableId = cashflowTable().getKey();
    return cfn.resources("AWS::Lambda::Function").keySet().stream()
        .filter(
            function ->
                cfn.statementsOfRole(cfn.roleOfFunction(function)).stream()
                    .anyMatch(
                        statement ->
                            actions(statement).stream().anyMatch(action)
                                && getAtt(statement.get("Resource"), "Arn")
                                    .filter(tableId::equals)
                                    .isPresent()))
        .map(function -> (String) cfn.properties(function).get("Handler"))
        .toList();
  }

  private Map.Entry<String, Map<String, Object>> cashflowTable() {
    return cfn.nonEmptyResources("AWS::DynamoDB::Table").entrySet().stream()
        .filter(entry -> entry.getKey().startsWith("CashflowTable"))
        .findFirst()
        .orElseThrow();
  }

  private Map<String, Object> queue(String prefix) {
    return cfn.nonEmptyResources("AWS::SQS::Queue").entrySet().stream()
        .filter(entry -> isQueue(entry.getKey(), prefix))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow();
  }

  // CDK drops the construct's own "Queue" from the logical id of the queue inside it.
  private static boolean isQueue(String logicalId, String construct) {
    return logicalId.startsWith(construct) && !logicalId.contains("DeadLetter");
  }

  private static List<String> actions(Map<String, Object> statement) {
    return statement.get("Action") instanceof List<?> many
        ? many.stream().map(String.class::cast).toList()
        : Stream.of((String) statement.get("Action")).toList();
  }
}
