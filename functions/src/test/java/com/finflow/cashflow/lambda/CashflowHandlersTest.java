package com.finflow.cashflow.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.cashflow.CashflowPorts;
import com.finflow.cashflow.ChangeSettings;
import com.finflow.cashflow.GetBalances;
import com.finflow.cashflow.GetCompanySummary;
import com.finflow.cashflow.GetInterest;
import com.finflow.cashflow.InMemoryCashflow;
import com.finflow.cashflow.PutExchangeRate;
import com.finflow.cashflow.RegisterCompany;
import com.finflow.cashflow.SubmitBatch;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import com.finflow.transfers.adapters.TransferAdapters;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** The cashflow handlers fed the sample events of {@code events/cashflow}, on the fakes. */
class CashflowHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-cashflow");

  private final InMemoryCashflow store = new InMemoryCashflow();
  private final CashflowPorts ports = CashflowPorts.of(store);

  private APIGatewayV2HTTPResponse setUp() {
    new PutExchangeRateHandler(new PutExchangeRate(store.rates, store, store.queues))
        .handleRequest(SampleEvents.httpEvent("cashflow/put-exchange-rate.json"), CONTEXT);
    return new RegisterCompanyHandler(new RegisterCompany(store.companies))
        .handleRequest(SampleEvents.httpEvent("cashflow/register-company.json"), CONTEXT);
  }

  @Test
  void aSubmittedBatchIsQueuedThenAppliedFromTheQueueAndAnUnreadableMessageFailsAlone()
      throws Exception {
    assertThat(setUp().getStatusCode()).isEqualTo(201);

    APIGatewayV2HTTPResponse accepted =
        new SubmitBatchHandler(new SubmitBatch(store, store.queues))
            .handleRequest(SampleEvents.httpEvent("cashflow/submit-batch.json"), CONTEXT);
    SQSBatchResponse consumed =
        new IngestBatchHandler(ports.ingestBatch(), TransferAdapters.consumerWithoutQueue(false))
            .handleRequest(
                SampleEvents.event("cashflow/ingest-batch.json", SQSEvent.class), CONTEXT);

    assertThat(accepted.getStatusCode()).isEqualTo(202);
    assertThat(Json.MAPPER.readTree(accepted.getBody()).get("status").asText()).isEqualTo("queued");
    assertThat(store.queues.queued).hasSize(1);
    assertThat(consumed.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("0b6a9e3c-unreadable");
    APIGatewayV2HTTPResponse summary =
        new GetCompanySummaryHandler(new GetCompanySummary(store.companies, store))
            .handleRequest(SampleEvents.httpEvent("cashflow/get-company-summary.json"), CONTEXT);
    JsonNode body = Json.MAPPER.readTree(summary.getBody());
    assertThat(body.get("balance").asText()).isEqualTo("11104.00");
    assertThat(body.get("countries").get(0).get("country").asText()).isEqualTo("GB");
  }

  @Test
  void aBatchArrivingWithLessTimeLeftThanAStepNeedsIsRetriedWithNothingApplied() throws Exception {
    setUp();
    SQSEvent event = SampleEvents.event("cashflow/ingest-batch.json", SQSEvent.class);
    IngestBatchHandler handler =
        new IngestBatchHandler(ports.ingestBatch(), TransferAdapters.consumerWithoutQueue(false));

    SQSBatchResponse late =
        handler.handleRequest(event, timeLeft(IngestBatchHandler.RESERVED_MILLIS - 1));
    assertThat(late.getBatchItemFailures()).hasSize(event.getRecords().size());
    assertThat(companySummary().get("transactions_counted").asInt()).isZero();

    SQSBatchResponse inTime =
        handler.handleRequest(event, timeLeft(IngestBatchHandler.RESERVED_MILLIS + 60_000));
    assertThat(inTime.getBatchItemFailures()).hasSize(1);
    assertThat(companySummary().get("balance").asText()).isEqualTo("11104.00");
  }

  private JsonNode companySummary() throws Exception {
    return Json.MAPPER.readTree(
        new GetCompanySummaryHandler(new GetCompanySummary(store.companies, store))
            .handleRequest(SampleEvents.httpEvent("cashflow/get-company-summary.json"), CONTEXT)
            .getBody());
  }

  /** The test context, with this much time left. */
  private static Context timeLeft(int millis) {
    return (Context)
        Proxy.newProxyInstance(
            Context.class.getClassLoader(),
            new Class<?>[] {Context.class},
            (proxy, method, args) ->
                method.getName().equals("getRemainingTimeInMillis")
                    ? millis
                    : method.invoke(CONTEXT, args));
  }

  @Test
  void answersWeeklyBalancesClippedToTheMonth() throws Exception {
    setUp();
    APIGatewayV2HTTPResponse response =
        new GetBalancesHandler(new GetBalances(store.companies, store))
            .handleRequest(SampleEvents.httpEvent("cashflow/get-balances.json"), CONTEXT);

    JsonNode rows = Json.MAPPER.readTree(response.getBody()).get("rows");
    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).get("start").asText()).isEqualTo("2024-03-01");
    assertThat(rows.get(0).get("end").asText()).isEqualTo("2024-03-03");
    assertThat(rows.get(4).get("closing").asText()).isEqualTo("10000.00");
  }

  @Test
  void accruesInterestAtTheRatesTheAdminSet() throws Exception {
    setUp();
    APIGatewayV2HTTPResponse settings =
        new ChangeSettingsHandler(new ChangeSettings(store.settings))
            .handleRequest(SampleEvents.httpEvent("cashflow/change-settings.json"), CONTEXT);
    APIGatewayV2HTTPResponse response =
        new GetInterestHandler(new GetInterest(store.companies, store, store.settings))
            .handleRequest(SampleEvents.httpEvent("cashflow/get-interest.json"), CONTEXT);

    assertThat(settings.getStatusCode()).isEqualTo(200);
    JsonNode changed = Json.MAPPER.readTree(settings.getBody());
    assertThat(changed.get("strict_ibans").asBoolean()).isFalse();
    assertThat(changed.get("credit_rate").asText()).isEqualTo("0.015");
    assertThat(changed.get("debit_rate").asText()).isEqualTo("0.05");
    assertThat(response.getStatusCode()).isEqualTo(200);
    JsonNode interest = Json.MAPPER.readTree(response.getBody());
    // 10,000.00 for the 31 days of March at 1.5% a year, ACT/365: 10,000 x 31 x 0.015 / 365.
    assertThat(interest.get("earned").asText()).isEqualTo("12.74");
    assertThat(interest.get("charged").asText()).isEqualTo("0.00");
    assertThat(interest.get("day_count").asText()).isEqualTo("ACT/365");
    assertThat(interest.get("months")).hasSize(1);
    assertThat(interest.get("accounts")).hasSize(2);
  }

  @Test
  void aSettingsChangeWithNothingToSetOrAnUnreadableRateIs422() throws Exception {
    ChangeSettingsHandler handler = new ChangeSettingsHandler(new ChangeSettings(store.settings));
    APIGatewayV2HTTPEvent empty = SampleEvents.httpEvent("cashflow/change-settings.json");
    empty.setBody("{}");
    APIGatewayV2HTTPEvent tooHigh = SampleEvents.httpEvent("cashflow/change-settings.json");
    tooHigh.setBody("{\"credit_rate\": \"1.5\", \"debit_rate\": 0.03}");

    JsonNode emptyProblem = Json.MAPPER.readTree(handler.handleRequest(empty, CONTEXT).getBody());
    JsonNode tooHighProblem =
        Json.MAPPER.readTree(handler.handleRequest(tooHigh, CONTEXT).getBody());

    assertThat(emptyProblem.get("status").asInt()).isEqualTo(422);
    assertThat(tooHighProblem.get("errors"))
        .extracting(error -> error.get("pointer").asText())
        .containsExactly("/credit_rate", "/debit_rate");
    assertThat(store.settings.interestRates("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"))
        .isEqualTo(com.finflow.cashflow.InterestRates.DEFAULT);
  }

  @Test
  void aBadBatchIs422NamingEveryFieldAndNothingIsQueued() throws Exception {
    setUp();
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("cashflow/submit-batch.json");
    ObjectNode batch = (ObjectNode) Json.MAPPER.readTree(event.getBody());
    ArrayNode rows = (ArrayNode) batch.get("transactions");
    ((ObjectNode) rows.get(0)).put("amount", "12,00");
    ((ObjectNode) rows.get(0)).put("currency", "XYZ");
    ((ObjectNode) rows.get(1)).remove("timestamp");
    ((ObjectNode) rows.get(1)).put("memo", "unknown member");
    ((ObjectNode) rows.get(1)).putNull("payer_iban");
    batch.put("source", "ACH");
    event.setBody(batch.toString());

    APIGatewayV2HTTPResponse response =
        new SubmitBatchHandler(new SubmitBatch(store, store.queues)).handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("errors"))
        .extracting(error -> error.get("pointer").asText())
        .containsExactlyInAnyOrder(
            "/source",
            "/transactions/0/amount",
            "/transactions/0/currency",
            "/transactions/1/timestamp",
            "/transactions/1/memo",
            "/transactions/1/payer_iban");
    assertThat(store.queues.queued).isEmpty();
  }
}
