package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.getAtt;
import static com.finflow.infra.CfnTemplate.list;
import static com.finflow.infra.CfnTemplate.map;
import static com.finflow.infra.CfnTemplate.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WebhooksFeatureTest {

  private static final String DELIVER =
      "com.finflow.webhooks.lambda.DeliverWebhookHandler::handleRequest";
  private static final String DELIVERIES =
      "com.finflow.webhooks.lambda.WebhookDeliveriesHandler::handleRequest";
  private static final String SECRET =
      "com.finflow.webhooks.lambda.WebhookSecretHandler::handleRequest";

  private final CfnTemplate cfn = SynthesizedStacks.finflow().cfn();

  @Test
  void theDeliveryLogIsATableOfItsOwnKeyedBySubjectAndDeliveryId() {
    var table = cfn.properties(deliveriesTable());
    assertThat(list(table.get("KeySchema")))
        .containsExactly(
            Map.of("AttributeName", "subject", "KeyType", "HASH"),
            Map.of("AttributeName", "delivery_id", "KeyType", "RANGE"));
    assertThat(table).doesNotContainKey("GlobalSecondaryIndexes");
  }

  @Test
  void theDeliveriesOfBulksAndOfExtractionsAreListedAndRedeliveredByOneFunction() {
    assertThat(
            Stream.of(
                    "GET /transfers/bulk/{bulk_id}/webhook-deliveries",
                    "POST /transfers/bulk/{bulk_id}/webhook-deliveries/{delivery_id}/redeliver",
                    "GET /extractions/{extraction_id}/webhook-deliveries",
                    "POST /extractions/{extraction_id}/webhook-deliveries/{delivery_id}/redeliver")
                .map(this::handlerOf))
        .containsOnly(DELIVERIES);
    assertThat(handlerOf("GET /organizations/me/webhook-secret")).isEqualTo(SECRET);
  }

  @Test
  void theWebhookQueueRetriesEightTimesAndIsConsumedByTheDeliveringFunction() {
    var queueId = webhookQueue();
    assertThat(map(cfn.properties(queueId).get("RedrivePolicy")))
        .containsEntry("maxReceiveCount", 8);
    var consumers =
        cfn.nonEmptyResources("AWS::Lambda::EventSourceMapping").values().stream()
            .map(CfnTemplate::properties)
            .filter(
                mapping ->
                    getAtt(mapping.get("EventSourceArn"), "Arn")
                        .filter(queueId::equals)
                        .isPresent())
            .map(
                mapping ->
                    cfn.properties(
                            cfn.functionOfAlias(ref(mapping.get("FunctionName")).orElseThrow()))
                        .get("Handler"))
            .toList();
    assertThat(consumers).containsExactly(DELIVER);
  }

  @Test
  void theFunctionsThatPublishNoticesMayRecordAndEnqueueDeliveriesButNeitherReadNorSendThem() {
    var publishers = functionsAllowed("dynamodb:PutItem", deliveriesTable());

    assertThat(publishers)
        .hasSize(4)
        .allSatisfy(
            function -> {
              assertThat(allowed(function, "sqs:SendMessage", webhookQueue()))
                  .as(function)
                  .isTrue();
              assertThat(allowed(function, "dynamodb:GetItem", deliveriesTable()))
                  .as(function)
                  .isFalse();
              assertThat(actionsOf(function))
                  .as(function)
                  .doesNotContain("secretsmanager:CreateSecret");
              assertThat(map(map(cfn.properties(function).get("Environment")).get("Variables")))
                  .containsKeys(
                      "WEBHOOK_DELIVERIES_TABLE", "WEBHOOK_QUEUE_URL", "WEBHOOK_ALLOWED_HOSTS");
            });
    assertThat(
            publishers.stream().map(function -> (String) cfn.properties(function).get("Handler")))
        .anyMatch(handler -> handler.startsWith("com.finflow.extraction."))
        .filteredOn(handler -> handler.startsWith("com.finflow.transfers."))
        .containsExactlyInAnyOrder(
            "com.finflow.transfers.lambda.ExecuteTransferHandler::handleRequest",
            "com.finflow.transfers.lambda.SettleBulkHandler::handleRequest",
            // It publishes the notices left in the outbox by a function that died.
            "com.finflow.transfers.lambda.ReconcileBulksHandler::handleRequest");
  }

  @Test
  void onlyTheDeliveringFunctionAndTheSecretRouteUseTheWebhookSigningSecrets() {
    var readers =
        cfn.resources("AWS::Lambda::Function").keySet().stream()
            .filter(function -> createsSecretsUnder(function, "finflow/webhooks/"))
            .map(function -> (String) cfn.properties(function).get("Handler"))
            .toList();
    assertThat(readers).containsExactlyInAnyOrder(DELIVER, SECRET);
  }

  @Test
  void onlyTheDeliveringFunctionRecordsAttempts() {
    assertThat(functionsAllowed("dynamodb:UpdateItem", deliveriesTable()))
        .singleElement()
        .satisfies(
            function -> assertThat(cfn.properties(function).get("Handler")).isEqualTo(DELIVER));
  }

  private String deliveriesTable() {
    return cfn.nonEmptyResources("AWS::DynamoDB::Table").keySet().stream()
        .filter(id -> id.startsWith("WebhookDeliveriesTable"))
        .findFirst()
        .orElseThrow();
  }

  private String webhookQueue() {
    return cfn.nonEmptyResources("AWS::SQS::Queue").keySet().stream()
        .filter(id -> id.startsWith("WebhookQueue") && !id.contains("DeadLetter"))
        .findFirst()
        .orElseThrow();
  }

  private List<String> functionsAllowed(String action, String resourceId) {
    return cfn.resources("AWS::Lambda::Function").keySet().stream()
        .filter(function -> allowed(function, action, resourceId))
        .toList();
  }

  private boolean allowed(String function, String action, String resourceId) {
    return cfn.statementsOfRole(cfn.roleOfFunction(function)).stream()
        .anyMatch(
            statement ->
                actions(statement).contains(action)
                    && CfnTemplate.referencedIds(statement.get("Resource")).contains(resourceId));
  }

  private boolean createsSecretsUnder(String function, String prefix) {
    return cfn.statementsOfRole(cfn.roleOfFunction(function)).stream()
        .filter(statement -> actions(statement).contains("secretsmanager:CreateSecret"))
        .anyMatch(statement -> String.valueOf(statement.get("Resource")).contains(prefix));
  }

  private List<String> actionsOf(String function) {
    return cfn.statementsOfRole(cfn.roleOfFunction(function)).stream()
        .flatMap(statement -> actions(statement).stream())
        .toList();
  }

  private static List<String> actions(Map<String, Object> statement) {
    return list(statement.get("Action")).stream().map(String.class::cast).toList();
  }

  private String handlerOf(String routeKey) {
    var route =
        cfn.nonEmptyResources("AWS::ApiGatewayV2::Route").values().stream()
            .map(CfnTemplate::properties)
            .filter(properties -> routeKey.equals(properties.get("RouteKey")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no route " + routeKey));
    var integrationId =
        CfnTemplate.referencedIds(route.get("Target")).stream()
            .filter(id -> cfn.typeOf(id).equals("AWS::ApiGatewayV2::Integration"))
            .findFirst()
            .orElseThrow();
    var aliasId = ref(cfn.properties(integrationId).get("IntegrationUri")).orElseThrow();
    return (String) cfn.properties(cfn.functionOfAlias(aliasId)).get("Handler");
  }
}
