package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.map;
import static com.finflow.infra.CfnTemplate.referencedIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.infra.compute.JavaFunctionProps;
import com.finflow.infra.quota.RateLimitsFeature;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

class RateLimitsFeatureTest {

  private static final String SUBMIT_BULK =
      "com.finflow.transfers.lambda.SubmitBulkHandler::handleRequest";
  private static final String EXTRACT =
      "com.finflow.extraction.lambda.ExtractFinancialDataHandler::handleRequest";

  private final CfnTemplate cfn = SynthesizedStacks.finflow().cfn();

  @Test
  void countersLiveInATableOfTheirOwnThatExpiresThemByTtl() {
    var table = cfn.properties(countersTable());

    assertThat(map(table.get("TimeToLiveSpecification")))
        .containsEntry("AttributeName", "expires_at")
        .containsEntry("Enabled", true);
    assertThat(map(table.get("SSESpecification"))).containsEntry("SSEEnabled", true);
  }

  @Test
  void onlyBulkSubmissionAndExtractionCountAndTheyMayOnlyUpdateCounters() {
    String table = countersTable();
    Map<String, List<String>> itemActionsByHandler =
        cfn.resources("AWS::Lambda::Function").keySet().stream()
            .collect(
                Collectors.toMap(
                    function -> (String) cfn.properties(function).get("Handler"),
                    function ->
                        cfn.statementsOfRole(cfn.roleOfFunction(function)).stream()
                            .filter(
                                statement ->
                                    referencedIds(statement.get("Resource")).contains(table))
                            .flatMap(statement -> actions(statement).stream())
                            .filter(action -> !action.equals("dynamodb:DescribeTable"))
                            .toList()));
    itemActionsByHandler.values().removeIf(List::isEmpty);

    assertThat(itemActionsByHandler)
        .containsOnly(
            Map.entry(SUBMIT_BULK, List.of("dynamodb:UpdateItem")),
            Map.entry(EXTRACT, List.of("dynamodb:UpdateItem")));
  }

  @Test
  void theLimitedFunctionsGetTheCountersAndTheirLimitWithItsDefault() {
    assertThat(environmentOf(SUBMIT_BULK))
        .containsEntry("BULK_SUBMISSIONS_PER_MINUTE", "60")
        .doesNotContainKey("EXTRACTIONS_PER_MINUTE");
    assertThat(environmentOf(EXTRACT))
        .containsEntry("EXTRACTIONS_PER_MINUTE", "30")
        .doesNotContainKey("BULK_SUBMISSIONS_PER_MINUTE");
    for (String handler : List.of(SUBMIT_BULK, EXTRACT)) {
      assertThat(referencedIds(environmentOf(handler).get(RateLimitsFeature.TABLE_VARIABLE)))
          .containsExactly(countersTable());
    }
    assertThat(environmentOf("com.finflow.transfers.lambda.GetBulkHandler::handleRequest").keySet())
        .doesNotContain(RateLimitsFeature.TABLE_VARIABLE, "BULK_SUBMISSIONS_PER_MINUTE");
  }

  @Test
  void aDeploymentSetsItsOwnLimitThroughTheCdkContext() {
    var template = limitedStack("12");

    var function =
        new CfnTemplate(template).functionWithHandler("com.finflow.sample.Limited::handleRequest");
    assertThat(
            map(
                map(new CfnTemplate(template).properties(function).get("Environment"))
                    .get("Variables")))
        .containsEntry("EXTRACTIONS_PER_MINUTE", "12");
  }

  @Test
  void aLimitThatAllowsNothingIsRefusedAtSynthesis() {
    assertThatThrownBy(() -> limitedStack("0"))
        .hasMessageContaining("finflow:extractionsPerMinute must be a whole number of at least 1");
  }

  private static Template limitedStack(String extractionsPerMinute) {
    var app = new App();
    app.getNode().setContext(RateLimitsFeature.EXTRACTIONS.contextKey(), extractionsPerMinute);
    var rateLimits = new RateLimitsFeature();
    FinflowStack.Feature limited =
        new TestFeature(
            "Limited",
            stack ->
                rateLimits.grantTake(
                    stack.function(
                        "Limited",
                        JavaFunctionProps.of(
                                "com.finflow.sample.Limited::handleRequest", Duration.seconds(10))
                            .withEnvironment(
                                rateLimits.environment(RateLimitsFeature.EXTRACTIONS)))));
    var stack =
        new FinflowStack(
            app,
            "FinflowRateLimited",
            StackProps.builder().build(),
            SynthesizedStacks::placeholderCode,
            List.of(rateLimits, limited));
    return FlatTemplate.of(stack);
  }

  private String countersTable() {
    return cfn.nonEmptyResources("AWS::DynamoDB::Table").keySet().stream()
        .filter(id -> id.startsWith("RateLimitsTable"))
        .findFirst()
        .orElseThrow();
  }

  private Map<String, Object> environmentOf(String handler) {
    return map(
        map(cfn.properties(cfn.functionWithHandler(handler)).get("Environment")).get("Variables"));
  }

  private static List<String> actions(Map<String, Object> statement) {
    return statement.get("Action") instanceof List<?> many
        ? many.stream().map(String.class::cast).toList()
        : Stream.of((String) statement.get("Action")).toList();
  }
}
