package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.list;
import static com.finflow.infra.CfnTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalFeatureTest {

  private final CfnTemplate cfn = SynthesizedStacks.finflow().cfn();

  @Test
  void theTableIsKeyedByUserThenItemAndExpiresIdempotencyClaims() {
    var table = cfn.properties(personalTable());
    assertThat(list(table.get("KeySchema")))
        .containsExactly(
            Map.of("AttributeName", "pk", "KeyType", "HASH"),
            Map.of("AttributeName", "sk", "KeyType", "RANGE"));
    assertThat(map(table.get("TimeToLiveSpecification")))
        .containsEntry("AttributeName", "expires_at")
        .containsEntry("Enabled", true);
  }

  @Test
  void everyRouteRunsTheHandlerNamedAfterItsFlow() {
    Map<String, String> handlers =
        Map.ofEntries(
            Map.entry("GetProfile", "GET /me/profile"),
            Map.entry("UpdateProfile", "PATCH /me/profile"),
            Map.entry("RecordTransaction", "POST /me/transactions"),
            Map.entry("ListTransactions", "GET /me/transactions"),
            Map.entry("GetTransaction", "GET /me/transactions/{transaction_id}"),
            Map.entry("ChangeTransaction", "PATCH /me/transactions/{transaction_id}"),
            Map.entry("DeleteTransaction", "DELETE /me/transactions/{transaction_id}"),
            Map.entry("ListCurrencies", "GET /currencies"),
            Map.entry("GetRates", "GET /currencies/{code}/rates"),
            Map.entry("GetAnalytics", "GET /me/analytics"),
            Map.entry("SearchSecurities", "GET /securities"),
            Map.entry("GetSecurity", "GET /securities/{symbol}"),
            Map.entry("GetPrices", "GET /securities/{symbol}/prices"),
            Map.entry("GetPortfolio", "GET /me/portfolio"));
    assertThat(RouteKeys.of(SynthesizedStacks.finflow().template())).containsAll(handlers.values());
    handlers
        .keySet()
        .forEach(
            flow ->
                assertThat(
                        cfn.functionWithHandler(
                            "com.finflow.personal.lambda." + flow + "Handler::handleRequest"))
                    .as(flow)
                    .isNotBlank());
  }

  @Test
  void everyWriteMayAskForARefreshAndOnlyTheRefresherReadsTheQueue() {
    for (String writer :
        List.of(
            "RecordTransaction",
            "ChangeTransaction",
            "DeleteTransaction",
            "UpdateProfile",
            "GetAnalytics")) {
      String function =
          cfn.functionWithHandler(
              "com.finflow.personal.lambda." + writer + "Handler::handleRequest");
      assertThat(cfn.statementsOfRole(cfn.roleOfFunction(function)).toString())
          .as(writer)
          .contains("sqs:SendMessage");
    }
    assertThat(
            cfn.resources("AWS::Lambda::EventSourceMapping").values().stream()
                .map(CfnTemplate::properties))
        .anySatisfy(
            mapping ->
                assertThat(mapping.get("FunctionName").toString()).contains("RefreshAnalytics"));
  }

  @Test
  void onlyTheDeletingFunctionAndTheAnalyticsRefresherMayDeleteAndNoneMayScan() {
    String table = personalTable();
    List<String> deleters =
        cfn.resources("AWS::Lambda::Function").keySet().stream()
            .filter(
                function ->
                    cfn.statementsOfRole(cfn.roleOfFunction(function)).stream()
                        .anyMatch(
                            statement ->
                                String.valueOf(statement.get("Action"))
                                        .contains("dynamodb:DeleteItem")
                                    && CfnTemplate.referencedIds(statement.get("Resource"))
                                        .contains(table)))
            .map(function -> (String) cfn.properties(function).get("Handler"))
            .toList();
    // The refresher deletes the generation of a view it replaced.
    assertThat(deleters)
        .containsExactlyInAnyOrder(
            "com.finflow.personal.lambda.DeleteTransactionHandler::handleRequest",
            "com.finflow.personal.lambda.RefreshAnalyticsHandler::handleRequest");
  }

  @Test
  void theRatesRefreshHourlyFromTheEcbAndOnlyTheRefresherWritesThem() {
    String refresher =
        cfn.functionWithHandler("com.finflow.personal.lambda.RefreshRatesHandler::handleRequest");
    assertThat(map(cfn.properties(refresher).get("Environment")).get("Variables").toString())
        .contains("FX_SOURCE_URL=https://www.ecb.europa.eu/stats/eurofxref/");
    assertThat(cfn.resources("AWS::Events::Rule").values().stream().map(CfnTemplate::properties))
        .anySatisfy(
            rule -> {
              assertThat(rule.get("ScheduleExpression")).isEqualTo("rate(1 hour)");
              assertThat(rule.get("Targets").toString()).contains("RefreshRates");
            });
    String rates =
        cfn.functionWithHandler("com.finflow.personal.lambda.GetRatesHandler::handleRequest");
    assertThat(cfn.statementsOfRole(cfn.roleOfFunction(rates)).toString())
        .contains("dynamodb:Query")
        .doesNotContain("PutItem", "BatchWriteItem", "UpdateItem", "DeleteItem");
  }

  @Test
  void pricesComeFromAlphaVantageWithAKeyOnlyTheMarketDataFunctionsReadAndRefreshEverySixHours() {
    String refresher =
        cfn.functionWithHandler("com.finflow.personal.lambda.RefreshPricesHandler::handleRequest");
    String variables =
        map(cfn.properties(refresher).get("Environment")).get("Variables").toString();
    assertThat(variables)
        .contains("PRICE_SOURCE_URL=https://www.alphavantage.co/")
        .contains("PRICE_SOURCE_KEY_SECRET_ARN");
    assertThat(cfn.resources("AWS::Events::Rule").values().stream().map(CfnTemplate::properties))
        .anySatisfy(
            rule -> {
              assertThat(rule.get("ScheduleExpression")).isEqualTo("rate(6 hours)");
              assertThat(rule.get("Targets").toString()).contains("RefreshPrices");
            });
    for (String flow :
        List.of("SearchSecurities", "GetSecurity", "GetPrices", "GetPortfolio", "RefreshPrices")) {
      String function =
          cfn.functionWithHandler("com.finflow.personal.lambda." + flow + "Handler::handleRequest");
      assertThat(cfn.statementsOfRole(cfn.roleOfFunction(function)).toString())
          .as(flow)
          .contains("secretsmanager:GetSecretValue");
    }
    String analytics =
        cfn.functionWithHandler("com.finflow.personal.lambda.GetAnalyticsHandler::handleRequest");
    assertThat(cfn.statementsOfRole(cfn.roleOfFunction(analytics)).toString())
        .doesNotContain("secretsmanager");
  }

  private String personalTable() {
    return cfn.nonEmptyResources("AWS::DynamoDB::Table").keySet().stream()
        .filter(id -> id.startsWith("PersonalTable"))
        .findFirst()
        .orElseThrow();
  }
}
