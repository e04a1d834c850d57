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

  @Test
  void theCpfMacKeyIsAnHmacKeyThatOutlivesTheStack() {
    var key = cfn.resource(cpfMacKeyId());

    assertThat(CfnTemplate.properties(key))
        .containsEntry("KeySpec", "HMAC_256")
        .containsEntry("KeyUsage", "GENERATE_VERIFY_MAC")
        .doesNotContainKey("EnableKeyRotation");
    assertThat(key).containsEntry("DeletionPolicy", "Retain");
    assertThat(cfn.resources("AWS::KMS::Alias").values())
        .map(CfnTemplate::properties)
        .anySatisfy(
            alias -> {
              assertThat(alias.get("AliasName")).isEqualTo("alias/finflow-cpf-mac");
              assertThat(CfnTemplate.getAtt(alias.get("TargetKeyId"), "Arn"))
                  .contains(cpfMacKeyId());
            });
  }

  @Test
  void onlyTheFunctionsThatExtractMayComputeCpfMacsAndOnlyWithTheirKey() {
    var macStatements =
        cfn.identityPolicyStatements().stream()
            .filter(statement -> actions(statement).contains("kms:GenerateMac"))
            .toList();
    var macRoles =
        cfn.resources("AWS::Lambda::Function").keySet().stream()
            .filter(
                function ->
                    cfn.statementsOfRole(cfn.roleOfFunction(function)).stream()
                        .anyMatch(statement -> actions(statement).contains("kms:GenerateMac")))
            .map(function -> (String) CfnTemplate.properties(cfn.resource(function)).get("Handler"))
            .toList();

    assertThat(macRoles)
        .containsExactlyInAnyOrder(
            PACKAGE + "ExtractFinancialDataHandler::handleRequest",
            PACKAGE + "RunExtractionHandler::handleRequest");
    assertThat(macStatements)
        .isNotEmpty()
        .allSatisfy(
            statement -> {
              assertThat(actions(statement)).containsExactly("kms:GenerateMac");
              assertThat(CfnTemplate.getAtt(statement.get("Resource"), "Arn"))
                  .contains(cpfMacKeyId());
            });
  }

  @Test
  void theFunctionsThatExtractAreToldWhichKeyMakesCpfMacs() {
    for (var handler : List.of("ExtractFinancialDataHandler", "RunExtractionHandler")) {
      var variables =
          CfnTemplate.map(
              CfnTemplate.map(
                      cfn.properties(cfn.functionWithHandler(PACKAGE + handler + "::handleRequest"))
                          .get("Environment"))
                  .get("Variables"));
      assertThat(CfnTemplate.ref(variables.get("CPF_MAC_KEY_ID")))
          .as(handler)
          .contains(cpfMacKeyId());
    }
  }

  private String cpfMacKeyId() {
    return cfn.resources("AWS::KMS::Key").entrySet().stream()
        .filter(key -> "HMAC_256".equals(CfnTemplate.properties(key.getValue()).get("KeySpec")))
        .map(Map.Entry::getKey)
        .reduce(
            (one, another) -> {
              throw new AssertionError("more than one HMAC key: " + one + ", " + another);
            })
        .orElseThrow();
  }

  private static List<String> actions(Map<String, Object> statement) {
    return statement.get("Action") instanceof List<?> many
        ? many.stream().map(String.class::cast).toList()
        : Stream.of((String) statement.get("Action")).toList();
  }
}
