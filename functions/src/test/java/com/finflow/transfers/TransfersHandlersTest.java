package com.finflow.transfers;

import com.finflow.webhooks.PublicDns;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.shared.money.Money;
import com.finflow.transfers.aws.TransferAdapters;
import com.finflow.transfers.webhooks.WebhookNotices;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The transfer handlers fed the sample events of {@code events/transfers}, on DynamoDB Local. */
class TransfersHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-transfers");

  private final String table = TransferAdapters.newTransfersTable();
  private final String accounts = LocalDynamoDb.newTable("iban");
  private final BulkStore store = TransferAdapters.bulkStore(table, accounts);
  private final RecordingQueues queues = new RecordingQueues();
  private final WebhookNotices notices = new WebhookNotices(notice -> {});
  private final SubmitBulkHandler submit = new SubmitBulkHandler(new SubmitBulk(
      new BulkValidation(new TransferLimits(1000, new Money(1_000_000_00L, Currency.getInstance("EUR"))), PublicDns.ADDRESSES),
      store, queues, Clock.systemUTC(), Duration.ofHours(24)));

  TransfersHandlersTest() {
    LocalDynamoDb.client().putItem(request -> request.tableName(accounts).item(Map.of(
        "iban", AttributeValue.fromS("FR7630006000011234567890189"),
        "organization_id", AttributeValue.fromS("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
        "currency", AttributeValue.fromS("EUR"), "bic", AttributeValue.fromS("QNTOFRP1XXX"),
        "balance_minor", AttributeValue.fromN("10000000"), "reserved_minor", AttributeValue.fromN("0"),
        "available_minor", AttributeValue.fromN("10000000"), "created_at", AttributeValue.fromS("2026-11-23T00:00:00Z"))));
  }

  @Test
  void acceptsTheSampleBulkWith201AndReplaysItForTheSameIdempotencyKey() throws Exception {
    APIGatewayV2HTTPResponse first = submit.handleRequest(SampleEvents.httpEvent("transfers/submit-bulk.json"), CONTEXT);
    APIGatewayV2HTTPResponse again = submit.handleRequest(SampleEvents.httpEvent("transfers/submit-bulk.json"), CONTEXT);

    assertThat(first.getStatusCode()).isEqualTo(201);
    JsonNode accepted = Json.MAPPER.readTree(first.getBody());
    assertThat(accepted.get("total_amount").asText()).isEqualTo("5570.55");
    assertThat(accepted.get("links").get("self").asText()).isEqualTo("/transfers/bulk/" + accepted.get("bulk_id").asText());
    assertThat(first.getHeaders()).doesNotContainKey("idempotent-replayed");
    assertThat(again.getStatusCode()).isEqualTo(201);
    assertThat(again.getHeaders()).containsEntry("idempotent-replayed", "true");
    assertThat(again.getBody()).isEqualTo(first.getBody());
  }

  @Test
  void showsTheBulkWithCountsThatAddUpAndHidesItFromOtherOrganizations() throws Exception {
    String bulkId = submitted();
    APIGatewayV2HTTPEvent get = withBulkId(SampleEvents.httpEvent("transfers/get-bulk.json"), bulkId);

    APIGatewayV2HTTPResponse shown = new GetBulkHandler(new BulkReport(store)).handleRequest(get, CONTEXT);
    get.getRequestContext().getAuthorizer().getLambda().put("organization_id", "another-organization");
    APIGatewayV2HTTPResponse hidden = new GetBulkHandler(new BulkReport(store)).handleRequest(get, CONTEXT);

    assertThat(shown.getStatusCode()).isEqualTo(200);
    JsonNode bulk = Json.MAPPER.readTree(shown.getBody());
    assertThat(bulk.get("counts").get("pending").asInt()).isEqualTo(2);
    assertThat(bulk.get("transfers").get(1).get("status").asText()).isEqualTo("pending");
    assertThat(hidden.getStatusCode()).isEqualTo(404);
  }

  @Test
  void reportsOnlyTheUnreadableMessageOfATransferBatchAsFailed() {
    String bulkId = submitted();
    SQSEvent batch = EventLoader.loadSQSEvent(SampleEvents.path("transfers/transfer-batch.json").toString());
    batch.getRecords().forEach(message -> message.setBody(message.getBody()
        .replace("5b1f0c9e-2f4a-4d8e-9a3b-7c6d5e4f3a2b", bulkId)));
    LedgerBank bank = new LedgerBank(Set.of());
    TransferHandler handler = new TransferHandler(
        new ExecuteTransfer(store, bank, queues, notices, Clock.systemUTC(), () -> {}),
        TransferAdapters.consumerWithoutQueue(true));

    SQSBatchResponse response = handler.handleRequest(batch, CONTEXT);

    assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly(batch.getRecords().get(2).getMessageId());
    assertThat(bank.executedPayments()).isEqualTo(2);
    assertThat(queues.settlements).containsExactly(bulkId);
  }

  @Test
  void reconcilesOnTheScheduledEvent() throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> schedule = Json.MAPPER.readValue(SampleEvents.path("transfers/reconcile-schedule.json").toFile(), Map.class);

    String answer = new ReconcilerHandler(new ReconcileBulks(store, queues, Clock.systemUTC(), Duration.ofHours(1)))
        .handleRequest(schedule, CONTEXT);

    assertThat(answer).isEqualTo("re-enqueued 0, settlements requested 0");
  }

  private String submitted() {
    try {
      return Json.MAPPER.readTree(submit.handleRequest(SampleEvents.httpEvent("transfers/submit-bulk.json"), CONTEXT)
          .getBody()).get("bulk_id").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static APIGatewayV2HTTPEvent withBulkId(APIGatewayV2HTTPEvent event, String bulkId) {
    Map<String, String> path = new HashMap<>(event.getPathParameters());
    path.put("bulk_id", bulkId);
    event.setPathParameters(path);
    return event;
  }
}
