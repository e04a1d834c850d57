package com.finflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExtractionFeatureTest {

  private static final String PACKAGE = "com.finflow.extraction.lambda.";

  private final CfnTemplate cfn = SynthesizedStacks.finflow().cfn();

  @Test
  void eachExtractionFunctionRunsTheHandlerNamedAfterIt() {
    var handlers =
        cfn.resources("AWS::Lambda::Function").entrySet().stream()
            .filter(
                function ->
                    String.valueOf(CfnTemplate.properties(function.getValue()).get("Handler"))
                        .startsWith(PACKAGE))
            .map(
                function ->
                    Map.entry(
                        function.getKey(),
                        (String) CfnTemplate.properties(function.getValue()).get("Handler")))
            .toList();

    assertThat(handlers)
        .extracting(Map.Entry::getValue)
        .containsExactlyInAnyOrder(
            PACKAGE + "ExtractFinancialDataHandler::handleRequest",
            PACKAGE + "GetExtractionHandler::handleRequest",
            PACKAGE + "RunExtractionHandler::handleRequest");
    assertThat(handlers)
        .allSatisfy(
            function ->
                assertThat(function.getKey())
                    .startsWith(
                        function
                            .getValue()
                            .substring(PACKAGE.length())
                            .replace("Handler::handleRequest", "")));
  }

  @Test
  void runningAnExtractionNeitherQueuesJobsNorTouchesWebhookSecrets() {
    var role =
        cfn.roleOfFunction(
            cfn.functionWithHandler(PACKAGE + "RunExtractionHandler::handleRequest"));
    var statements = cfn.statementsOfRole(role);

    assertThat(statements)
        .filteredOn(statement -> actions(statement).contains("sqs:SendMessage"))
        .extracting(statement -> statement.get("Resource").toString())
        .noneMatch(resource -> resource.contains("ExtractionQueue"));
    assertThat(statements)
        .flatExtracting(ExtractionFeatureTest::actions)
        .doesNotContain("secretsmanager:CreateSecret")
        .contains("sqs:ReceiveMessage", "dynamodb:GetItem", "dynamodb:PutItem", "kms:Decrypt");
  }

  private static List<String> actions(Map<String, Object> statement) {
    return statement.get("Action") instanceof List<?> many
        ? many.stream().map(String.class::cast).toList()
        : Stream.of((String) statement.get("Action")).toList();
  }
}
