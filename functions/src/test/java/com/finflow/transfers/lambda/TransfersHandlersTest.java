package com.finflow.transfers.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import com.finflow.shared.money.Money;
import com.finflow.transfers.InMemoryTransfers;
import com.finflow.transfers.LedgerBank;
import com.finflow.transfers.TransferLimits;
import com.finflow.transfers.adapters.TransferAdapters;
import com.finflow.webhooks.PublicDns;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The transfer handlers fed the sample events of {@code events/transfers}, on the in-memory fakes.
 */
class TransfersHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-transfers");
  private static final String SAMPLE_ORGANIZATION = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
  private static final String SAMPLE_BULK = "5b1f0c9e-2f4a-4d8e-9a3b-7c6d5e4f3a2b";

  private final InMemoryTransfers transfers = new InMemoryTransfers();
  private final SubmitBulkHandler submit =
      new SubmitBulkHandler(
          new SubmitBulkRequest(
              new TransferLimits(1000, new Money(1_000_000_00L, InMemoryTransfers.EUR)),
              PublicDns.ADDRESSES),
          transfers.submitBulk());

  TransfersHandlersTest() {
    transfers.bulks.openAccount(
        "FR7630006000011234567890189",
        SAMPLE_ORGANIZATION,
        new Money(100_000_00L, InMemoryTransfers.EUR));
  }

  @Test
  void acceptsTheSampleBulkWith201AndReplaysItForTheSameIdempotencyKey() throws Exception {
    APIGatewayV2HTTPResponse first =
        submit.handleRequest(SampleEvents.httpEvent("transfers/submit-bulk.json"), CONTEXT);
    APIGatewayV2HTTPResponse again =
        submit.handleRequest(SampleEvents.httpEvent("transfers/submit-bulk.json"), CONTEXT);

    assertThat(first.getStatusCode()).isEqualTo(201);
    JsonNode accepted = Json.MAPPER.readTree(first.getBody());
    assertThat(accepted.get("total_amount").asText()).isEqualTo("5570.55");
    assertThat(accepted.get("links").get("self").asText())
        .isEqualTo("/transfers/bulk/" + accepted.get("bulk_id").asText());
    assertThat(first.getHeaders()).doesNotContainKey("idempotent-replayed");
    assertThat(again.getStatusCode()).isEqualTo(201);
    assertThat(again.getHeaders()).containsEntry("idempotent-replayed", "true");
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(transfers.bulk(accepted.get("bulk_id").asText()).idempotencyKey())
        .isEqualTo("payroll-2026-11");
  }

  @Test
  void refusesAnInvalidBulkWith422NamingEveryInvalidField() throws Exception {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("transfers/submit-bulk.json");
    ObjectNode body = (ObjectNode) Json.MAPPER.readTree(event.getBody());
    body.put("mode", "atomic");
    ((ObjectNode) body.get("credit_transfers").get(1)).put("amount", "1.005");
    event.setBody(body.toString());

    APIGatewayV2HTTPResponse refused = submit.handleRequest(event, CONTEXT);

    assertThat(refused.getStatusCode()).isEqualTo(422);
    assertThat(refused.getHeaders()).containsEntry("content-type", "application/problem+json");
    JsonNode problem = Json.MAPPER.readTree(refused.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:invalid-request");
    assertThat(problem.get("detail").asText()).isEqualTo("2 fields are invalid");
    assertThat(problem.get("errors").findValuesAsText("pointer"))
        .containsExactly("/mode", "/credit_transfers/1/amount");
    assertThat(transfers.queues.fanOuts).isEmpty();
  }

  @Test
  void refusesABulkBeyondTheAvailableFundsWith422InsufficientFunds() throws Exception {
    transfers.bulks.openAccount(
        "FR7630006000011234567890189",
        SAMPLE_ORGANIZATION,
        new Money(10_00, InMemoryTransfers.EUR));

    APIGatewayV2HTTPResponse refused =
        submit.handleRequest(SampleEvents.httpEvent("transfers/submit-bulk.json"), CONTEXT);

    assertThat(refused.getStatusCode()).isEqualTo(422);
    JsonNode problem = Json.MAPPER.readTree(refused.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:insufficient-funds");
    assertThat(problem.get("title").asText()).isEqualTo("Insufficient funds");
    assertThat(problem.get("detail").asText())
        .isEqualTo("the account has 10.00 available but the bulk needs 5570.55");
    assertThat(problem.get("available").asText()).isEqualTo("10.00");
    assertThat(problem.get("requested").asText()).isEqualTo("5570.55");
    assertThat(problem.get("currency").asText()).isEqualTo("EUR");
  }

  @Test
  void refusesTheSameIdempotencyKeyForAnotherBulkWith422() throws Exception {
    submit.handleRequest(SampleEvents.httpEvent("transfers/submit-bulk.json"), CONTEXT);
    APIGatewayV2HTTPEvent other = SampleEvents.httpEvent("transfers/submit-bulk.json");
    other.setBody(
        ((ObjectNode) Json.MAPPER.readTree(other.getBody()))
            .put("mode", "all_or_nothing")
            .toString());

    APIGatewayV2HTTPResponse refused = submit.handleRequest(other, CONTEXT);

    assertThat(refused.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(refused.getBody()).get("type").asText())
        .isEqualTo("urn:finflow:problem:idempotency-key-reused");
  }

  @Test
  void showsTheBulkWithCountsThatAddUpAndHidesItFromOtherOrganizations() throws Exception {
    String bulkId = submitted();
    APIGatewayV2HTTPEvent get =
        withBulkId(SampleEvents.httpEvent("transfers/get-bulk.json"), bulkId);
    GetBulkHandler handler = new GetBulkHandler(transfers.getBulk());

    APIGatewayV2HTTPResponse shown = handler.handleRequest(get, CONTEXT);
    get.getRequestContext()
        .getAuthorizer()
        .getLambda()
        .put("organization_id", "another-organization");
    APIGatewayV2HTTPResponse hidden = handler.handleRequest(get, CONTEXT);

    assertThat(shown.getStatusCode()).isEqualTo(200);
    JsonNode bulk = Json.MAPPER.readTree(shown.getBody());
    assertThat(bulk.get("counts").get("pending").asInt()).isEqualTo(2);
    assertThat(bulk.get("transfers").get(1).get("status").asText()).isEqualTo("pending");
    assertThat(hidden.getStatusCode()).isEqualTo(404);
    assertThat(Json.MAPPER.readTree(hidden.getBody()).get("detail").asText())
        .isEqualTo("no bulk with this id");
  }

  @Test
  void refusesPageParametersThatAreNotWholeNumbersNamingEach() throws Exception {
    APIGatewayV2HTTPEvent get =
        withBulkId(SampleEvents.httpEvent("transfers/get-bulk.json"), submitted());
    get.setQueryStringParameters(Map.of("from", "first", "limit", "1.5"));

    APIGatewayV2HTTPResponse refused =
        new GetBulkHandler(transfers.getBulk()).handleRequest(get, CONTEXT);

    assertThat(refused.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(refused.getBody()).get("errors").findValuesAsText("pointer"))
        .containsExactly("/query/from", "/query/limit");
  }

  @Test
  void fansOutTheBulkOfTheSampleMessage() {
    String bulkId = submitted();
    SQSEvent batch =
        withBulkId(
            EventLoader.loadSQSEvent(SampleEvents.path("transfers/fan-out-bulk.json").toString()),
            bulkId);
    FanOutBulkHandler handler =
        new FanOutBulkHandler(transfers.fanOutBulk(), TransferAdapters.consumerWithoutQueue(false));

    SQSBatchResponse response = handler.handleRequest(batch, CONTEXT);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(transfers.queues.orders)
        .hasSize(2)
        .allSatisfy(order -> assertThat(order.bulkId()).isEqualTo(bulkId));
  }

  @Test
  void reportsOnlyTheUnreadableMessageOfATransferBatchAsFailed() {
    String bulkId = submitted();
    SQSEvent batch =
        withBulkId(
            EventLoader.loadSQSEvent(
                SampleEvents.path("transfers/execute-transfer.json").toString()),
            bulkId);
    LedgerBank bank = new LedgerBank(Set.of());
    ExecuteTransferHandler handler =
        new ExecuteTransferHandler(
            transfers.executeTransfer(bank), TransferAdapters.consumerWithoutQueue(true));

    SQSBatchResponse response = handler.handleRequest(batch, CONTEXT);

    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly(batch.getRecords().get(2).getMessageId());
    assertThat(bank.executedPayments()).isEqualTo(2);
    assertThat(transfers.queues.settlements).containsExactly(bulkId);
  }

  @Test
  void settlesTheBulkOfTheSampleMessage() {
    String bulkId = submitted();
    SettleBulkHandler handler =
        new SettleBulkHandler(transfers.settleBulk(), TransferAdapters.consumerWithoutQueue(false));
    transfers.fanOutBulk().fanOut(bulkId);
    transfers.queues.orders.forEach(
        order -> transfers.executeTransfer().execute(order, "delivery"));
    SQSEvent batch =
        withBulkId(
            EventLoader.loadSQSEvent(SampleEvents.path("transfers/settle-bulk.json").toString()),
            bulkId);

    SQSBatchResponse response = handler.handleRequest(batch, CONTEXT);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(transfers.bulk(bulkId).status().settled()).isTrue();
  }

  @Test
  void reconcilesOnTheScheduledEvent() throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> schedule =
        Json.MAPPER.readValue(
            SampleEvents.path("transfers/reconcile-bulks.json").toFile(), Map.class);

    String answer =
        new ReconcileBulksHandler(transfers.reconcileBulks(Duration.ofHours(1)))
            .handleRequest(schedule, CONTEXT);

    assertThat(answer).isEqualTo("re-enqueued 0, settlements requested 0, notices published 0");
  }

  private String submitted() {
    try {
      return Json.MAPPER
          .readTree(
              submit
                  .handleRequest(SampleEvents.httpEvent("transfers/submit-bulk.json"), CONTEXT)
                  .getBody())
          .get("bulk_id")
          .asText();
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

  private static SQSEvent withBulkId(SQSEvent batch, String bulkId) {
    batch
        .getRecords()
        .forEach(message -> message.setBody(message.getBody().replace(SAMPLE_BULK, bulkId)));
    return batch;
  }
}
