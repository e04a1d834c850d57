package com.finflow.transfers.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import com.finflow.shared.money.Money;
import com.finflow.shared.quota.InMemoryQuota;
import com.finflow.shared.quota.RateLimit;
import com.finflow.transfers.InMemoryTransfers;
import com.finflow.transfers.SubmitBulk;
import com.finflow.transfers.TransferLimits;
import com.finflow.webhooks.PublicDns;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /transfers/bulk} once the organization's submissions of the minute are used up. */
class SubmitBulkQuotaHandlerTest {

  private static final TestContext CONTEXT = new TestContext("finflow-transfers");
  private static final String SAMPLE_ORGANIZATION = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

  private final InMemoryTransfers transfers = new InMemoryTransfers();
  private final SubmitBulkHandler submit =
      new SubmitBulkHandler(
          new SubmitBulkRequest(
              new TransferLimits(1000, new Money(1_000_000_00L, InMemoryTransfers.EUR)),
              PublicDns.ADDRESSES),
          new SubmitBulk(
              transfers.bulks,
              transfers.bulks,
              transfers.queues,
              new InMemoryQuota(RateLimit.perMinute("bulk submissions", 2), transfers.clock),
              transfers.clock,
              Duration.ofHours(24)));

  SubmitBulkQuotaHandlerTest() {
    transfers.bulks.openAccount(
        "FR7630006000011234567890189",
        SAMPLE_ORGANIZATION,
        new Money(100_000_00L, InMemoryTransfers.EUR));
    transfers.clock.advance(Duration.ofMillis(12_500));
  }

  @Test
  void answers429WithRetryAfterInSecondsAndAProblemNamingTheLimit() throws Exception {
    assertThat(submit.handleRequest(anotherSampleBulk(), CONTEXT).getStatusCode()).isEqualTo(201);
    assertThat(submit.handleRequest(anotherSampleBulk(), CONTEXT).getStatusCode()).isEqualTo(201);

    APIGatewayV2HTTPResponse refused = submit.handleRequest(anotherSampleBulk(), CONTEXT);

    assertThat(refused.getStatusCode()).isEqualTo(429);
    assertThat(refused.getHeaders())
        .containsEntry("retry-after", "48")
        .containsEntry("content-type", "application/problem+json");
    JsonNode problem = Json.MAPPER.readTree(refused.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:rate-limited");
    assertThat(problem.get("title").asText()).isEqualTo("Too many requests");
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(problem.get("detail").asText())
        .isEqualTo(
            "your organization may make at most 2 bulk submissions per minute; try again in 48 s");
    assertThat(problem.get("retry_after").asLong()).isEqualTo(48);
    assertThat(problem.get("limit").asInt()).isEqualTo(2);
    assertThat(problem.get("window_seconds").asInt()).isEqualTo(60);
    assertThat(transfers.queues.fanOuts).hasSize(2);
  }

  @Test
  void replaysTheSampleBulkForItsIdempotencyKeyEvenOnceTheLimitIsReached() throws Exception {
    APIGatewayV2HTTPResponse first =
        submit.handleRequest(SampleEvents.httpEvent("transfers/submit-bulk.json"), CONTEXT);
    submit.handleRequest(anotherSampleBulk(), CONTEXT);

    APIGatewayV2HTTPResponse again =
        submit.handleRequest(SampleEvents.httpEvent("transfers/submit-bulk.json"), CONTEXT);

    assertThat(again.getStatusCode()).isEqualTo(201);
    assertThat(again.getHeaders()).containsEntry("idempotent-replayed", "true");
    assertThat(again.getBody()).isEqualTo(first.getBody());
  }

  /** The sample bulk under a key of its own, so that each is a new submission. */
  private static APIGatewayV2HTTPEvent anotherSampleBulk() throws Exception {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("transfers/submit-bulk.json");
    event.getHeaders().put("idempotency-key", UUID.randomUUID().toString());
    ObjectNode body = (ObjectNode) Json.MAPPER.readTree(event.getBody());
    body.put("request_id", UUID.randomUUID().toString());
    event.setBody(body.toString());
    return event;
  }
}
