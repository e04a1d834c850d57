package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.list;
import static com.finflow.infra.CfnTemplate.map;
import static com.finflow.infra.CfnTemplate.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.infra.SynthesizedStacks.Synthesized;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LeastPrivilegeTest {

  /**
   * Actions that support no resource-level permissions, each needed and documented in a cdk-nag
   * suppression.
   */
  private static final Set<String> ACTIONS_ALLOWED_ON_ANY_RESOURCE =
      Set.of(
          "xray:PutTraceSegments",
          "xray:PutTelemetryRecords",
          "dynamodb:ListTables",
          "sqs:ListQueues");

  static Stream<Named<Synthesized>> stacks() {
    return SynthesizedStacks.both();
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void noPolicyGrantsAWildcardAction(Synthesized stack) {
    var actions =
        stack.cfn().identityPolicyStatements().stream()
            .flatMap(statement -> list(statement.get("Action")).stream())
            .map(String.class::cast)
            .toList();
    assertThat(actions).isNotEmpty().allSatisfy(action -> assertThat(action).doesNotContain("*"));
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void onlyTracingAndHealthListingsMayTargetEveryResource(Synthesized stack) {
    var actionsOnAnyResource =
        stack.cfn().identityPolicyStatements().stream()
            .filter(statement -> list(statement.get("Resource")).contains("*"))
            .flatMap(statement -> list(statement.get("Action")).stream())
            .collect(Collectors.toSet());
    assertThat(actionsOnAnyResource).isSubsetOf(ACTIONS_ALLOWED_ON_ANY_RESOURCE);
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void rolesUseNoManagedPoliciesAndOnlyLambdaMayAssumeThem(Synthesized stack) {
    stack
        .cfn()
        .nonEmptyResources("AWS::IAM::Role")
        .forEach(
            (id, role) -> {
              assertThat(properties(role)).as(id).doesNotContainKey("ManagedPolicyArns");
              var trust =
                  CfnTemplate.statementsOf(properties(role).get("AssumeRolePolicyDocument"));
              assertThat(trust)
                  .as(id)
                  .singleElement()
                  .satisfies(
                      statement ->
                          assertThat(statement.get("Principal"))
                              .isEqualTo(Map.of("Service", "lambda.amazonaws.com")));
            });
  }

  @Test
  void theApiDescriptionMayOnlyWriteItsLogsAndTraces() {
    var cfn = SynthesizedStacks.finflow().cfn();
    var role =
        cfn.roleOfFunction(
            cfn.functionWithHandler("com.finflow.openapi.lambda.OpenApiHandler::handleRequest"));
    var actions =
        cfn.statementsOfRole(role).stream()
            .flatMap(statement -> list(statement.get("Action")).stream())
            .collect(Collectors.toSet());
    assertThat(actions)
        .containsExactlyInAnyOrder(
            "logs:CreateLogStream",
            "logs:PutLogEvents",
            "xray:PutTraceSegments",
            "xray:PutTelemetryRecords");
    cfn.statementsOfRole(role).stream()
        .filter(statement -> list(statement.get("Action")).contains("logs:PutLogEvents"))
        .forEach(statement -> assertThat(map(statement.get("Resource"))).containsKey("Fn::GetAtt"));
  }

  @Test
  void aQueueConsumerMayReceiveAndDeleteButNotSend() {
    var cfn = SynthesizedStacks.withSampleFeature().cfn();
    var role =
        cfn.roleOfFunction(
            cfn.functionWithHandler("com.finflow.sample.PaymentConsumer::handleRequest"));
    var actions =
        cfn.statementsOfRole(role).stream()
            .flatMap(statement -> list(statement.get("Action")).stream())
            .collect(Collectors.toSet());
    assertThat(actions)
        .contains("sqs:ReceiveMessage", "sqs:DeleteMessage", "kms:Decrypt")
        .doesNotContain("sqs:SendMessage", "kms:Encrypt");
  }
}
