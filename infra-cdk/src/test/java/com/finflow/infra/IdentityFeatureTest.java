package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.getAtt;
import static com.finflow.infra.CfnTemplate.map;
import static com.finflow.infra.CfnTemplate.referencedIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.infra.identity.IdentityFeature;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

class IdentityFeatureTest {

  private final CfnTemplate cfn = SynthesizedStacks.finflow().cfn();

  @Test
  void accessTokensAreSignedByAnAsymmetricP256KeyThatOutlivesTheStack() {
    var signingKey = signingKeyId();
    assertThat(cfn.properties(signingKey))
        .containsEntry("KeySpec", "ECC_NIST_P256")
        .containsEntry("KeyUsage", "SIGN_VERIFY");
    assertThat(cfn.resource(signingKey)).containsEntry("DeletionPolicy", "Retain");
  }

  @Test
  void onlySignInAndRefreshMaySignTokensAndTheAuthorizerMayOnlyReadThePublicKey() {
    var signingKey = signingKeyId();
    assertThat(
            kmsActionsOn(
                signingKey, "com.finflow.identity.lambda.AuthorizerHandler::handleRequest"))
        .containsExactly("kms:GetPublicKey");
    assertThat(kmsActionsOn(signingKey, "com.finflow.identity.lambda.LoginHandler::handleRequest"))
        .containsExactlyInAnyOrder("kms:Sign", "kms:GetPublicKey");
    assertThat(
            kmsActionsOn(signingKey, "com.finflow.identity.lambda.RefreshHandler::handleRequest"))
        .containsExactlyInAnyOrder("kms:Sign", "kms:GetPublicKey");
    assertThat(
            kmsActionsOn(signingKey, "com.finflow.identity.lambda.RegisterHandler::handleRequest"))
        .isEmpty();
    assertThat(
            kmsActionsOn(
                signingKey, "com.finflow.accounts.lambda.GetAccountHandler::handleRequest"))
        .isEmpty();
  }

  @Test
  void sessionsAndThrottlingCountersExpireThroughTheIdentityTablesTtl() {
    var identityTable =
        cfn.nonEmptyResources("AWS::DynamoDB::Table").entrySet().stream()
            .filter(table -> table.getKey().startsWith("IdentityTable"))
            .findFirst()
            .orElseThrow();
    assertThat(map(CfnTemplate.properties(identityTable.getValue()).get("TimeToLiveSpecification")))
        .containsEntry("AttributeName", "expires_at")
        .containsEntry("Enabled", true);
  }

  @Test
  void identityFunctionsFindTheirTableAndKeyInTheirEnvironment() {
    var environment = environmentOf("com.finflow.identity.lambda.LoginHandler::handleRequest");
    assertThat(referencedIds(environment.get("IDENTITY_TABLE")))
        .singleElement()
        .asString()
        .startsWith("IdentityTable");
    assertThat(referencedIds(environment.get("SIGNING_KEY_ID"))).containsExactly(signingKeyId());
    assertThat(
            referencedIds(
                environmentOf("com.finflow.accounts.lambda.GetAccountHandler::handleRequest")
                    .get("ACCOUNTS_TABLE")))
        .singleElement()
        .asString()
        .startsWith("AccountsTable");
  }

  @Test
  void productionDeploymentsCanLeaveOutTheSandboxAccountRoute() {
    var app = new App();
    app.getNode().setContext(IdentityFeature.SANDBOX_CONTEXT_KEY, "false");
    var stack =
        new FinflowStack(
            app,
            "FinflowProduction",
            StackProps.builder().build(),
            SynthesizedStacks::placeholderCode,
            List.of(new IdentityFeature()));

    assertThat(RouteKeys.of(FlatTemplate.of(stack)))
        .contains("GET /accounts/{iban}")
        .doesNotContain("POST /accounts");
  }

  private String signingKeyId() {
    return cfn.resources("AWS::KMS::Key").entrySet().stream()
        .filter(
            key -> "ECC_NIST_P256".equals(CfnTemplate.properties(key.getValue()).get("KeySpec")))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private Map<String, Object> environmentOf(String handler) {
    return map(
        map(cfn.properties(cfn.functionWithHandler(handler)).get("Environment")).get("Variables"));
  }

  private List<String> kmsActionsOn(String keyId, String handler) {
    var role = cfn.roleOfFunction(cfn.functionWithHandler(handler));
    return cfn.statementsOfRole(role).stream()
        .filter(
            statement -> getAtt(statement.get("Resource"), "Arn").filter(keyId::equals).isPresent())
        .flatMap(
            statement ->
                statement.get("Action") instanceof List<?> actions
                    ? actions.stream().map(String.class::cast)
                    : java.util.stream.Stream.of((String) statement.get("Action")))
        .toList();
  }
}
