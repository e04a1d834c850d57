package com.finflow.shared.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.cashflow.lambda.GetBalancesHandler;
import com.finflow.health.lambda.HealthHandler;
import com.finflow.shared.sqs.UnreadableMessage;
import com.finflow.transfers.adapters.TransferMessages;
import com.finflow.transfers.lambda.ExecuteTransferHandler;
import com.finflow.transfers.lambda.SubmitBulkHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PrimingEventsTest {

  @Test
  void carriesTheSampleBodyWithOneMemberNoParserReadsFromAnAdminOfNoOrganization()
      throws Exception {
    JsonNode sample = LambdaEvents.readTree(Files.newInputStream(sample("transfers/submit-bulk")));
    JsonNode event = LambdaEvents.readTree(PrimingEvents.http(SubmitBulkHandler.class));

    JsonNode body = LambdaEvents.readTree(stream(event.get("body").asText()));
    JsonNode sampleBody = LambdaEvents.readTree(stream(sample.get("body").asText()));
    assertThat(body.get(PrimingEvents.REFUSED_MEMBER).asBoolean()).isTrue();
    sampleBody.properties().forEach(m -> assertThat(body.get(m.getKey())).isEqualTo(m.getValue()));
    assertThat(body.size()).isEqualTo(sampleBody.size() + 1);
    assertThat(event.at("/requestContext/authorizer/lambda/organization_id").asText())
        .isEqualTo(PrimingEvents.CALLER);
    assertThat(event.at("/requestContext/authorizer/lambda/role").asText()).isEqualTo("admin");
    assertThat(event.at("/headers/idempotency-key").asText()).isEqualTo("payroll-2026-11");
    assertThat(event.at("/requestContext/requestId").asText()).isEqualTo("priming");
    assertThat(event.path("headers").has("content-length")).isFalse();
  }

  @Test
  void carriesTheSampleQueryOfARouteWithoutBody() throws Exception {
    JsonNode event = LambdaEvents.readTree(PrimingEvents.http(GetBalancesHandler.class));

    assertThat(event.get("rawQueryString").asText())
        .isEqualTo("from=2024-03-01&to=2024-03-31&interval=week");
    assertThat(event.at("/queryStringParameters/interval").asText()).isEqualTo("week");
    assertThat(event.has("body")).isFalse();
    assertThat(event.at("/requestContext/authorizer/lambda/role").asText()).isEqualTo("member");
  }

  @Test
  void wrapsEveryBodyOfTheSampleBatchInAnArrayThatNoReaderTakes() throws Exception {
    JsonNode sample =
        LambdaEvents.readTree(Files.newInputStream(sample("transfers/execute-transfer")));
    JsonNode batch = LambdaEvents.readTree(PrimingEvents.queue(ExecuteTransferHandler.class));

    assertThat(batch.get("Records")).hasSize(sample.get("Records").size());
    for (int i = 0; i < sample.get("Records").size(); i++) {
      JsonNode message = batch.get("Records").get(i);
      JsonNode original = sample.get("Records").get(i);
      assertThat(message.get("body").asText()).isEqualTo("[" + original.get("body").asText() + "]");
      assertThat(message.get("receiptHandle")).isEqualTo(original.get("receiptHandle"));
      assertThatThrownBy(() -> TransferMessages.order(message.get("body").asText()))
          .isInstanceOf(UnreadableMessage.class);
    }
  }

  @Test
  void givesAQueueFunctionWithoutSampleOneMessageNoReaderTakes() throws Exception {
    JsonNode batch = LambdaEvents.readTree(PrimingEvents.queue(PrimingEventsTest.class));

    assertThat(batch.get("Records")).hasSize(1);
    assertThat(batch.at("/Records/0/body").asText()).isEqualTo("[{}]");
    assertThatThrownBy(() -> TransferMessages.bulkId(batch.at("/Records/0/body").asText()))
        .isInstanceOf(UnreadableMessage.class);
  }

  @Test
  void fallsBackToTheBareEventForAFunctionWithoutSample() throws Exception {
    JsonNode bare = LambdaEvents.readTree(PrimingEvents.http());

    assertThat(LambdaEvents.readTree(PrimingEvents.http(PrimingEventsTest.class))).isEqualTo(bare);
    assertThat(LambdaEvents.readTree(PrimingEvents.http(HealthHandler.class)).get("body"))
        .isEqualTo(bare.get("body"));
  }

  private static Path sample(String name) {
    return Path.of("..", "events", name + ".json");
  }

  private static java.io.InputStream stream(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
