package com.finflow.shared.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.log.CapturedLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class QueueConsumerTest {

  @RegisterExtension final CapturedLog captured = new CapturedLog();

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
        QueuelessConsumer.create()
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

    QueuelessConsumer.create()
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
    for (String line : captured.text().split("\n")) {
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
}
