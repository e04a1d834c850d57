package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import com.finflow.localstack.bank.ExecutedPayment;
import com.finflow.localstack.template.CloudFormationTemplate;
import com.finflow.localstack.template.TemplateResource;
import com.finflow.webhooks.WebhookSignature;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Bulk transfers through the real stack: HTTP API, DynamoDB, the three queues, the simulated bank.
 */
@ExtendWith(RunningFinflow.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransfersFlowTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LocalStackRuntime runtime;
  private ApiClient api;

  @BeforeAll
  void connect(LocalStackRuntime runtime) {
    this.runtime = runtime;
    this.api = new ApiClient(runtime.httpBaseUrl());
  }

  @Test
  void aBulkIsExecutedSettledAndDebitedByItsTotal() {
    Tenant tenant = Tenant.signUp(api, "100000.00");
    ObjectNode body = tenant.bulkOf(25, new Random(1), "partial");

    ApiClient.Reply accepted = submit(tenant, body, Optional.empty());

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    String total = accepted.json().get("total_amount").asText();
    assertThat(tenant.account(api).json().get("reserved").asText()).isEqualTo(total);
    JsonNode bulk =
        Settlement.awaitSettled(
            api, tenant, accepted.json().get("bulk_id").asText(), Duration.ofSeconds(90));
    assertThat(bulk.get("status").asText()).isEqualTo("completed");
    assertThat(bulk.get("counts").toString())
        .isEqualTo("{\"executed\":25,\"failed\":0,\"cancelled\":0,\"pending\":0}");
    assertThat(bulk.get("amounts").get("executed").asText()).isEqualTo(total);
    JsonNode account = tenant.account(api).json();
    assertThat(account.get("balance").asText())
        .isEqualTo(new BigDecimal("100000.00").subtract(new BigDecimal(total)).toPlainString());
    assertThat(account.get("reserved").asText()).isEqualTo("0.00");
    List<ExecutedPayment> paid =
        runtime.bank().ledger().payments().stream()
            .filter(payment -> payment.debtorIban().equals(tenant.iban()))
            .toList();
    assertThat(paid).hasSize(25);
    assertThat(paid.stream().map(ExecutedPayment::idempotencyKey).distinct()).hasSize(25);
  }

  @Test
  void theSameKeyReplaysTheAnswerAndADifferentPayloadIsRefused() {
    Tenant tenant = Tenant.signUp(api, "5000.00");
    ObjectNode body = tenant.bulkOf(2, new Random(2), "partial");
    ApiClient.Reply first = submit(tenant, body, Optional.of("invoice-run-7"));

    ApiClient.Reply again = submit(tenant, body, Optional.of("invoice-run-7"));
    ObjectNode changed = body.deepCopy();
    changed.put("mode", "all_or_nothing");
    ApiClient.Reply different = submit(tenant, changed, Optional.of("invoice-run-7"));

    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("idempotent-replayed")).contains("true");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(different.status()).isEqualTo(422);
    assertThat(different.json().get("type").asText())
        .isEqualTo("urn:finflow:problem:idempotency-key-reused");
  }

  @Test
  void fiftyConcurrentIdenticalSubmissionsMakeOneBulkAndOneReservation() throws Exception {
    Tenant tenant = Tenant.signUp(api, "900000.00");
    ObjectNode body = tenant.bulkOf(20, new Random(3), "partial");
    List<ApiClient.Reply> replies = new ArrayList<>();
    try (ExecutorService callers = Executors.newFixedThreadPool(50)) {
      List<Future<ApiClient.Reply>> pending = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        pending.add(callers.submit(() -> submit(tenant, body, Optional.empty())));
      }
      for (Future<ApiClient.Reply> reply : pending) {
        replies.add(reply.get());
      }
    }

    assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).isIn(201, 409));
    assertThat(
            replies.stream()
                .filter(reply -> reply.status() == 201)
                .map(reply -> reply.json().get("bulk_id").asText())
                .distinct())
        .hasSize(1);
    assertThat(
            replies.stream()
                .filter(
                    reply ->
                        reply.status() == 201 && reply.header("idempotent-replayed").isEmpty()))
        .hasSize(1);
    BigDecimal total =
        new BigDecimal(
            replies.stream()
                .filter(reply -> reply.status() == 201)
                .findFirst()
                .orElseThrow()
                .json()
                .get("total_amount")
                .asText());
    JsonNode account = tenant.account(api).json();
    assertThat(
            new BigDecimal(account.get("reserved").asText())
                .add(
                    new BigDecimal("900000.00")
                        .subtract(new BigDecimal(account.get("balance").asText()))))
        .isEqualByComparingTo(total);
  }

  @Test
  void aBulkBeyondTheAvailableFundsIs422AndWritesNothing() {
    Tenant tenant = Tenant.signUp(api, "10.00");

    ApiClient.Reply refused =
        submit(tenant, tenant.bulkOf(3, new Random(4), "partial"), Optional.empty());

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("type").asText())
        .isEqualTo("urn:finflow:problem:insufficient-funds");
    assertThat(refused.json().get("available").asText()).isEqualTo("10.00");
    assertThat(tenant.account(api).json().get("reserved").asText()).isEqualTo("0.00");
  }

  @Test
  void everyInvalidTransferIsNamedByItsJsonPointer() {
    Tenant tenant = Tenant.signUp(api, "10.00");
    ObjectNode body = tenant.bulkOf(3, new Random(5), "partial");
    ((ObjectNode) body.get("credit_transfers").get(1))
        .put("counterparty_iban", "DE00370400440532013000");
    ((ObjectNode) body.get("credit_transfers").get(2)).put("amount", "1.005");

    ApiClient.Reply refused = submit(tenant, body, Optional.empty());

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").findValuesAsText("pointer"))
        .contains("/credit_transfers/1/counterparty_iban", "/credit_transfers/2/amount");
  }

  @Test
  void aPoisonMessageEndsInTheDeadLetterQueueAndTripsTheAlarmOfTheStack() throws Exception {
    SqsClient sqs = TestClients.sqs(runtime.awsEndpoint());
    String queue = queueUrl(sqs, "TransferQueue", false);
    String deadLetters = queueUrl(sqs, "TransferQueue", true);

    sqs.sendMessage(request -> request.queueUrl(queue).messageBody("{\"not\":\"a transfer\"}"));

    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    int depth = 0;
    while (depth == 0 && Instant.now().isBefore(deadline)) {
      Settlement.sleep(500);
      depth =
          Integer.parseInt(
              sqs.getQueueAttributes(
                      request ->
                          request
                              .queueUrl(deadLetters)
                              .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                  .attributes()
                  .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }
    assertThat(depth).isEqualTo(1);
    // The alarm the CDK stack defines on this dead-letter queue, evaluated on the depth the queue
    // reports.
    JsonNode alarm = alarmOnQueue(deadLetterLogicalId());
    assertThat(alarm.get("MetricName").asText()).isEqualTo("ApproximateNumberOfMessagesVisible");
    assertThat(alarm.get("ComparisonOperator").asText()).isEqualTo("GreaterThanOrEqualToThreshold");
    assertThat((double) depth).isGreaterThanOrEqualTo(alarm.get("Threshold").asDouble());
  }

  @Test
  void theSettlementIsSignedDeliveredRetriedAfterA500AndCanBeRedelivered() throws Exception {
    Tenant tenant = Tenant.signUp(api, "50000.00");
    try (WebhookReceiver receiver = new WebhookReceiver(1)) {
      ObjectNode body =
          tenant.bulkOf(3, new Random(6), "partial").put("webhook_url", receiver.url());
      ApiClient.Reply submitted = submit(tenant, body, Optional.empty());
      assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
      String bulkId = submitted.json().get("bulk_id").asText();
      Settlement.awaitSettled(api, tenant, bulkId, Duration.ofSeconds(60));

      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (receiver.received.stream().noneMatch(request -> request.answered() == 200)
          && Instant.now().isBefore(deadline)) {
        Settlement.sleep(200);
      }
      byte[] secret =
          Base64.getDecoder()
              .decode(
                  api.get("/organizations/me/webhook-secret", Optional.of(tenant.accessToken()))
                      .json()
                      .get("secret")
                      .asText());
      assertThat(receiver.received).hasSizeGreaterThanOrEqualTo(2);
      assertThat(receiver.received.get(0).answered()).isEqualTo(500);
      WebhookReceiver.Received accepted =
          receiver.received.stream()
              .filter(request -> request.answered() == 200)
              .findFirst()
              .orElseThrow();
      assertThat(accepted.headers()).containsEntry("finflow-event-type", "bulk.settled");
      String timestamp =
          accepted.headers().get("finflow-signature").replaceAll("t=(\\d+),.*", "$1");
      assertThat(accepted.headers().get("finflow-signature"))
          .isEqualTo(WebhookSignature.header(secret, Long.parseLong(timestamp), accepted.body()));
      assertThat(JSON.readTree(accepted.body()).get("data").get("status").asText())
          .isEqualTo("completed");

      JsonNode deliveries =
          api.get(
                  "/transfers/bulk/" + bulkId + "/webhook-deliveries",
                  Optional.of(tenant.accessToken()))
              .json()
              .get("deliveries");
      assertThat(deliveries).hasSize(1);
      assertThat(deliveries.get(0).get("status").asText()).isEqualTo("delivered");
      assertThat(deliveries.get(0).get("attempts").findValuesAsText("status_code"))
          .startsWith("500")
          .contains("200");

      String deliveryId = deliveries.get(0).get("delivery_id").asText();
      int before = receiver.received.size();
      ApiClient.Reply redelivered =
          api.post(
              "/transfers/bulk/" + bulkId + "/webhook-deliveries/" + deliveryId + "/redeliver",
              Optional.of(tenant.accessToken()),
              "{}");
      assertThat(redelivered.status()).isEqualTo(202);
      Instant again = Instant.now().plus(Duration.ofSeconds(20));
      while (receiver.received.size() == before && Instant.now().isBefore(again)) {
        Settlement.sleep(200);
      }
      assertThat(receiver.received.get(receiver.received.size() - 1).headers())
          .containsEntry("finflow-event-id", deliveryId);
    }
  }

  @Test
  void aWebhookUrlOnAPrivateNetworkIsRefusedBeforeAnythingIsWritten() {
    Tenant tenant = Tenant.signUp(api, "100.00");
    ObjectNode body =
        tenant.bulkOf(1, new Random(8), "partial").put("webhook_url", "https://10.0.0.7/hooks");

    ApiClient.Reply refused = submit(tenant, body, Optional.empty());

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("pointer").asText())
        .isEqualTo("/webhook_url");
    assertThat(tenant.account(api).json().get("reserved").asText()).isEqualTo("0.00");
  }

  private ApiClient.Reply submit(Tenant tenant, ObjectNode body, Optional<String> idempotencyKey) {
    return idempotencyKey.isEmpty()
        ? api.post("/transfers/bulk", Optional.of(tenant.accessToken()), body.toString())
        : api.postWithHeader(
            "/transfers/bulk",
            Optional.of(tenant.accessToken()),
            body.toString(),
            "idempotency-key",
            idempotencyKey.get());
  }

  private String queueUrl(SqsClient sqs, String prefix, boolean deadLetter) {
    return runtime.stack().ofType("AWS::SQS::Queue").stream()
        .filter(
            queue ->
                queue.logicalId().startsWith(prefix)
                    && queue.logicalId().contains("DeadLetter") == deadLetter)
        .findFirst()
        .orElseThrow()
        .ref();
  }

  private String deadLetterLogicalId() {
    return runtime.stack().ofType("AWS::SQS::Queue").stream()
        .filter(queue -> queue.logicalId().startsWith("TransferQueueDeadLetter"))
        .findFirst()
        .orElseThrow()
        .logicalId();
  }

  // The template as the local stack reads it: the transfers feature's nested stack inlined.
  private static JsonNode alarmOnQueue(String queueLogicalId) {
    return CloudFormationTemplate.load(RunningFinflow.TEMPLATE).resources().values().stream()
        .filter(resource -> resource.type().equals("AWS::CloudWatch::Alarm"))
        .map(TemplateResource::properties)
        .filter(alarm -> alarm.path("Dimensions").toString().contains(queueLogicalId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no alarm on " + queueLogicalId));
  }
}
