package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.getAtt;
import static com.finflow.infra.CfnTemplate.map;
import static com.finflow.infra.CfnTemplate.properties;
import static com.finflow.infra.CfnTemplate.ref;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HttpApiTest {

  private final CfnTemplate finflow = SynthesizedStacks.finflow().cfn();

  @Test
  void theApiServesExactlyTheRoutesOfTheFoundationAndTheFeatures() {
    assertThat(RouteKeys.of(SynthesizedStacks.finflow().template()))
        .containsExactlyInAnyOrder(
            "GET /health",
            "GET /openapi.json",
            "POST /auth/register",
            "POST /auth/login",
            "POST /auth/refresh",
            "POST /auth/logout",
            "GET /users/me",
            "POST /organizations/me/members",
            "POST /accounts",
            "GET /accounts/{iban}",
            "POST /transfers/bulk",
            "GET /transfers/bulk/{bulk_id}",
            "GET /transfers/bulk/{bulk_id}/webhook-deliveries",
            "POST /transfers/bulk/{bulk_id}/webhook-deliveries/{delivery_id}/redeliver",
            "GET /organizations/me/webhook-secret",
            "POST /extract-financial-data",
            "GET /extractions/{extraction_id}",
            "GET /extractions/{extraction_id}/webhook-deliveries",
            "POST /extractions/{extraction_id}/webhook-deliveries/{delivery_id}/redeliver",
            "GET /me/profile",
            "PATCH /me/profile",
            "POST /me/transactions",
            "GET /me/transactions",
            "GET /me/transactions/{transaction_id}",
            "PATCH /me/transactions/{transaction_id}",
            "DELETE /me/transactions/{transaction_id}",
            "GET /me/analytics",
            "POST /me/institutions",
            "GET /me/institutions",
            "GET /me/institutions/{institution_id}",
            "PATCH /me/institutions/{institution_id}",
            "DELETE /me/institutions/{institution_id}",
            "POST /me/accounts",
            "GET /me/accounts",
            "GET /me/accounts/{account_id}",
            "PATCH /me/accounts/{account_id}",
            "DELETE /me/accounts/{account_id}",
            "PUT /me/accounts/{account_id}/values/{date}",
            "GET /me/accounts/{account_id}/values",
            "GET /me/accounts/{account_id}/values/{date}",
            "DELETE /me/accounts/{account_id}/values/{date}",
            "POST /me/holdings",
            "GET /me/holdings",
            "GET /me/holdings/{holding_id}",
            "PATCH /me/holdings/{holding_id}",
            "DELETE /me/holdings/{holding_id}",
            "GET /currencies",
            "GET /currencies/{code}/rates",
            "GET /securities",
            "GET /securities/{symbol}",
            "GET /securities/{symbol}/prices",
            "GET /me/portfolio",
            "PUT /cashflow/companies/{company_id}",
            "GET /cashflow/companies/{company_id}",
            "GET /cashflow/companies",
            "GET /cashflow/companies/{company_id}/summary",
            "GET /cashflow/companies/{company_id}/balances",
            "GET /cashflow/companies/{company_id}/interest",
            "GET /cashflow/companies/{company_id}/balance",
            "PUT /cashflow/exchange-rates/{currency}",
            "PUT /cashflow/feeds/{feed_id}",
            "GET /cashflow/feeds/{feed_id}",
            "POST /cashflow/feeds/{feed_id}/pause",
            "POST /cashflow/feeds/{feed_id}/resume",
            "PUT /cashflow/settings",
            "POST /cashflow/batches",
            "GET /cashflow/quarantine",
            "GET /cashflow/quarantine/summary",
            "GET /cashflow/dashboard",
            "GET /cashflow/dashboard/{asset}",
            "$default");
  }

  @Test
  void eachRouteReachesTheFunctionThatHandlesIt() {
    assertThat(handlerOf(finflow, "GET /health"))
        .isEqualTo("com.finflow.health.lambda.HealthHandler::handleRequest");
    assertThat(handlerOf(finflow, "GET /openapi.json"))
        .isEqualTo("com.finflow.openapi.lambda.OpenApiHandler::handleRequest");
    assertThat(handlerOf(finflow, "$default"))
        .isEqualTo("com.finflow.openapi.lambda.UnmatchedRouteHandler::handleRequest");
  }

  @Test
  void
      onlyHealthTheApiDescriptionTheAuthRoutesTheDashboardPageAndTheFallbackArePublicEveryOtherUsesTheAuthorizer() {
    var authorizerId = finflow.singleId("AWS::ApiGatewayV2::Authorizer");
    var publicRoutes =
        Set.of(
            "GET /health",
            "GET /openapi.json",
            "POST /auth/register",
            "POST /auth/login",
            "POST /auth/refresh",
            "POST /auth/logout",
            "GET /cashflow/dashboard",
            "GET /cashflow/dashboard/{asset}",
            "$default");
    finflow
        .nonEmptyResources("AWS::ApiGatewayV2::Route")
        .forEach(
            (id, route) -> {
              var routeProperties = properties(route);
              if (publicRoutes.contains((String) routeProperties.get("RouteKey"))) {
                assertThat(routeProperties.getOrDefault("AuthorizationType", "NONE"))
                    .as(id)
                    .isEqualTo("NONE");
              } else {
                assertThat(routeProperties)
                    .as(id)
                    .containsEntry("AuthorizationType", "CUSTOM")
                    .containsEntry("AuthorizerId", Map.of("Ref", authorizerId));
              }
            });
  }

  @Test
  void theDefaultStageWritesJsonAccessLogsWithTheRequestIdToAnEncryptedLogGroup() throws Exception {
    var stage = finflow.properties(finflow.singleId("AWS::ApiGatewayV2::Stage"));
    assertThat(stage).containsEntry("StageName", "$default").containsEntry("AutoDeploy", true);
    var accessLogs = map(stage.get("AccessLogSettings"));
    Map<String, String> format =
        new ObjectMapper().readValue((String) accessLogs.get("Format"), new TypeReference<>() {});
    assertThat(format)
        .containsEntry("requestId", "$context.requestId")
        .containsKeys("status", "routeKey");
    var logGroupId = getAtt(accessLogs.get("DestinationArn"), "Arn").orElseThrow();
    assertThat(getAtt(finflow.properties(logGroupId).get("KmsKeyId"), "Arn"))
        .contains(finflow.encryptionKeyId());
  }

  @Test
  void theDefaultStageThrottlesEveryRoute() {
    var stage = finflow.properties(finflow.singleId("AWS::ApiGatewayV2::Stage"));
    assertThat(map(stage.get("DefaultRouteSettings")))
        .containsEntry("ThrottlingRateLimit", 50)
        .containsEntry("ThrottlingBurstLimit", 100);
  }

  @Test
  void theApiAllowsNoCrossOriginCalls() {
    assertThat(finflow.properties(finflow.singleId("AWS::ApiGatewayV2::Api")))
        .doesNotContainKey("CorsConfiguration");
  }

  @Test
  void theApiUrlIsAStackOutput() {
    var outputs = map(finflow.json().get("Outputs"));
    assertThat(CfnTemplate.referencedIds(map(outputs.get("ApiUrl")).get("Value")))
        .contains(finflow.singleId("AWS::ApiGatewayV2::Api"));
  }

  @Test
  void aProtectedRouteAsksTheLambdaRequestAuthorizerWithSimpleResponsesCachedForAMinute() {
    var cfn = SynthesizedStacks.withSampleFeature().cfn();
    var route = routeProperties(cfn, "POST /payments");
    assertThat(route).containsEntry("AuthorizationType", "CUSTOM");
    var authorizerId = ref(route.get("AuthorizerId")).orElseThrow();
    assertThat(cfn.properties(authorizerId))
        .containsEntry("AuthorizerType", "REQUEST")
        .containsEntry("AuthorizerPayloadFormatVersion", "2.0")
        .containsEntry("EnableSimpleResponses", true)
        .containsEntry("IdentitySource", List.of("$request.header.Authorization"))
        .containsEntry("AuthorizerResultTtlInSeconds", 60);
    assertThat(RouteKeys.of(SynthesizedStacks.withSampleFeature().template()))
        .isEqualTo(Set.of("GET /health", "GET /openapi.json", "POST /payments", "$default"));
  }

  private static Map<String, Object> routeProperties(CfnTemplate cfn, String routeKey) {
    return cfn.resources("AWS::ApiGatewayV2::Route").values().stream()
        .map(CfnTemplate::properties)
        .filter(route -> routeKey.equals(route.get("RouteKey")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no route " + routeKey));
  }

  private static String handlerOf(CfnTemplate cfn, String routeKey) {
    var target = routeProperties(cfn, routeKey).get("Target");
    var integrationId =
        CfnTemplate.referencedIds(target).stream()
            .filter(id -> cfn.typeOf(id).equals("AWS::ApiGatewayV2::Integration"))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "route " + routeKey + " has no integration target: " + target));
    var aliasId = ref(cfn.properties(integrationId).get("IntegrationUri")).orElseThrow();
    return (String) cfn.properties(cfn.functionOfAlias(aliasId)).get("Handler");
  }
}
