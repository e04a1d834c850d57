package com.finflow.shared.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.log.StructuredLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.sqs.SqsClient;

class QueueConsumerTest {

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  @BeforeEach
  void capture() {
    StructuredLog.redirectTo(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void release() {
    StructuredLog.redirectTo(System.out);
  }

  @Test
  void aMessageFailedByACancelledTransactionIsRetriedAndLogsWhyDynamoDbCancelledIt()
      throws Exception {
    SQSEvent event = oneMessage();
    TransactionCanceledException fullItem =
        TransactionCanceledException.builder()
            .message("Transaction cancelled [None, ValidationError, None]")
            .cancellationReasons(
                reason("None"),
                reason("ValidationError"),
                reason("None"),
                reason("ValidationError"))
            .build();

    SQSBatchResponse response =
        consumer()
            .consume(
                event,
                null,
                message -> {
                  throw new IllegalStateException("step failed", fullItem);
                });

    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly(event.getRecords().get(0).getMessageId());
    JsonNode warning = warning();
    assertThat(warning.get("error_type").asText()).isEqualTo("IllegalStateException");
    assertThat(warning.get("cancellation_reasons"))
        .extracting(JsonNode::asText)
        .containsExactly("ValidationError");
  }

  @Test
  void aMessageFailedOtherwiseLogsNoCancellationReasons() throws Exception {
    SQSEvent event = oneMessage();

    consumer()
        .consume(
            event,
            null,
            message -> {
              throw new IllegalStateException("no transaction involved");
            });

    JsonNode warning = warning();
    assertThat(warning.get("error_type").asText()).isEqualTo("IllegalStateException");
    assertThat(warning.has("cancellation_reasons")).isFalse();
  }

  /** The first message of the ingestion queue's sample event, alone. */
  private static SQSEvent oneMessage() {
    SQSEvent event = SampleEvents.event("cashflow/ingest-batch.json", SQSEvent.class);
    event.setRecords(List.of(event.getRecords().get(0)));
    return event;
  }

  private JsonNode warning() throws Exception {
    List<JsonNode> warnings = new ArrayList<>();
    for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
      JsonNode json = Json.MAPPER.readTree(line);
      if (json.get("message").asText().equals("message failed; it will be retried")) {
        warnings.add(json);
      }
    }
    assertThat(warnings).hasSize(1);
    return warnings.get(0);
  }

  private static CancellationReason reason(String code) {
    return CancellationReason.builder().code(code).build();
  }

  /** The retry delay cannot be shortened without a queue; the consumer carries on regardless. */
  private static QueueConsumer consumer() {
    SqsClient unreachable =
        SqsClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:9"))
            .region(Region.EU_WEST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClient(
                UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofMillis(200)).build())
            .overrideConfiguration(
                ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(1)).build())
            .build();
    return new QueueConsumer(unreachable, "http://127.0.0.1:9/000000000000/none", 1, 60, false);
  }
}
