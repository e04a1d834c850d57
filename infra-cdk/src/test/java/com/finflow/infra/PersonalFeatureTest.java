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
            Map.entry("GetPortfolio", "GET /me/portfolio"),
            Map.entry("CreateInstitution", "POST /me/institutions"),
            Map.entry("ListInstitutions", "GET /me/institutions"),
            Map.entry("GetInstitution", "GET /me/institutions/{institution_id}"),
            Map.entry("ChangeInstitution", "PATCH /me/institutions/{institution_id}"),
            Map.entry("DeleteInstitution", "DELETE /me/institutions/{institution_id}"),
            Map.entry("CreatePersonalAccount", "POST /me/accounts"),
            Map.entry("ListPersonalAccounts", "GET /me/accounts"),
            Map.entry("GetPersonalAccount", "GET /me/accounts/{account_id}"),
            Map.entry("ChangePersonalAccount", "PATCH /me/accounts/{account_id}"),
            Map.entry("DeletePersonalAccount", "DELETE /me/accounts/{account_id}"),
            Map.entry("RecordAccountValue", "PUT /me/accounts/{account_id}/values/{date}"),
            Map.entry("ListAccountValues", "GET /me/accounts/{account_id}/values"),
            Map.entry("GetAccountValue", "GET /me/accounts/{account_id}/values/{date}"),
            Map.entry("DeleteAccountValue", "DELETE /me/accounts/{account_id}/values/{date}"),
            Map.entry("CreateHolding", "POST /me/holdings"),
            Map.entry("ListHoldings", "GET /me/holdings"),
            Map.entry("GetHolding", "GET /me/holdings/{holding_id}"),
            Map.entry("ChangeHolding", "PATCH /me/holdings/{holding_id}"),
            Map.entry("DeleteHolding", "DELETE /me/holdings/{holding_id}"));
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
  void onlyTheDeletingFunctionsAndTheAnalyticsRefresherMayDeleteAndNoneMayScan() {
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
            "com.finflow.personal.lambda.DeleteInstitutionHandler::handleRequest",
            "com.finflow.personal.lambda.DeletePersonalAccountHandler::handleRequest",
            "com.finflow.personal.lambda.DeleteAccountValueHandler::handleRequest",
            "com.finflow.personal.lambda.DeleteHoldingHandler::handleRequest",
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
    // A month's item gains its days by update: no put replaces the days kept before.
    assertThat(cfn.statementsOfRole(cfn.roleOfFunction(refresher)).toString())
        .contains("dynamodb:Query", "dynamodb:UpdateItem")
        .doesNotContain("PutItem", "BatchWriteItem", "DeleteItem");
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
        List.of(
            "SearchSecurities",
            "GetSecurity",
            "GetPrices",
            "GetPortfolio",
            "RefreshPrices",
            "CreateHolding")) {
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

  @Test
  void theBookFunctionsMayOnlyReadTheItemsTheirFlowReads() {
    for (String reader :
        List.of(
            "ListInstitutions",
            "GetInstitution",
            "ListPersonalAccounts",
            "GetPersonalAccount",
            "ListAccountValues",
            "GetAccountValue",
            "ListHoldings",
            "GetHolding")) {
      String function =
          cfn.functionWithHandler(
              "com.finflow.personal.lambda." + reader + "Handler::handleRequest");
      assertThat(cfn.statementsOfRole(cfn.roleOfFunction(function)).toString())
          .as(reader)
          .doesNotContain("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem");
    }
    String recordValue =
        cfn.functionWithHandler(
            "com.finflow.personal.lambda.RecordAccountValueHandler::handleRequest");
    // The value is written in a transaction with a check that its account exists.
    assertThat(cfn.statementsOfRole(cfn.roleOfFunction(recordValue)).toString())
        .contains("dynamodb:PutItem", "dynamodb:ConditionCheckItem")
        .doesNotContain("DeleteItem");
  }

  private String personalTable() {
    return cfn.nonEmptyResources("AWS::DynamoDB::Table").keySet().stream()
        .filter(id -> id.startsWith("PersonalTable"))
        .findFirst()
        .orElseThrow();
  }
}
