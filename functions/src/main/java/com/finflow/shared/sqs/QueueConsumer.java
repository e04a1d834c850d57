package com.finflow.shared.sqs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.shared.aws.Items;
import com.finflow.shared.log.Invocation;
import com.finflow.shared.log.StructuredLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Processes an SQS batch one message at a time and reports only the failed ones, so Lambda deletes
 * the others. A failed message is made visible again after an exponential backoff with full jitter
 * (by receive count), rather than after the queue's whole visibility timeout; an unreadable one at
 * once, so it reaches the dead-letter queue (and trips its alarm) in seconds instead of blocking
 * retries for minutes.
 */
public final class QueueConsumer {

  private static final StructuredLog LOG = StructuredLog.of(QueueConsumer.class);

  private final SqsClient sqs;
  private final String queueUrl;
  private final int baseDelaySeconds;
  private final int maxDelaySeconds;
  private final boolean concurrent;

  /**
   * @param concurrent process the messages of a batch side by side (they must be independent):
   *     their work is mostly waiting on the network
   */
  public QueueConsumer(
      SqsClient sqs,
      String queueUrl,
      int baseDelaySeconds,
      int maxDelaySeconds,
      boolean concurrent) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.baseDelaySeconds = baseDelaySeconds;
    this.maxDelaySeconds = maxDelaySeconds;
    this.concurrent = concurrent;
  }

  public SQSBatchResponse consume(
      SQSEvent event, Context context, Consumer<SQSEvent.SQSMessage> process) {
    String batch =
        event.getRecords().isEmpty() ? "empty batch" : event.getRecords().get(0).getMessageId();
    Invocation.begin(context == null ? "local" : context.getFunctionName(), batch);
    List<SQSBatchResponse.BatchItemFailure> failures =
        Collections.synchronizedList(new ArrayList<>());
    if (concurrent) {
      try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
        event
            .getRecords()
            .forEach(message -> workers.submit(() -> processOne(message, process, failures)));
      }
    } else {
      event.getRecords().forEach(message -> processOne(message, process, failures));
    }
    return SQSBatchResponse.builder().withBatchItemFailures(List.copyOf(failures)).build();
  }

  private void processOne(
      SQSEvent.SQSMessage message,
      Consumer<SQSEvent.SQSMessage> process,
      List<SQSBatchResponse.BatchItemFailure> failures) {
    Invocation.withCorrelation(
        message.getMessageId(),
        () -> {
          try {
            process.accept(message);
          } catch (RuntimeException | Error failure) {
            // Reported first: on a worker thread, anything thrown later would otherwise let the
            // message count as done.
            failures.add(
                SQSBatchResponse.BatchItemFailure.builder()
                    .withItemIdentifier(message.getMessageId())
                    .build());
            int receiveCount = receiveCountOf(message);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("error_type", failure.getClass().getSimpleName());
            fields.put("receive_count", receiveCount);
            // Why DynamoDB cancelled a transaction: a conflict passes, a full item never will.
            List<String> reasons = Items.cancellationCodes(failure);
            if (!reasons.isEmpty()) {
              fields.put("cancellation_reasons", reasons);
            }
            LOG.warn("message failed; it will be retried", fields);
            retryLater(
                message, failure instanceof UnreadableMessage ? 0 : backoffSeconds(receiveCount));
          }
        });
  }

  private int backoffSeconds(int receiveCount) {
    long ceiling =
        Math.min(maxDelaySeconds, (long) baseDelaySeconds << Math.min(receiveCount - 1, 16));
    return (int) ThreadLocalRandom.current().nextLong(ceiling + 1);
  }

  private void retryLater(SQSEvent.SQSMessage message, int delay) {
    try {
      sqs.changeMessageVisibility(
          request ->
              request
                  .queueUrl(queueUrl)
                  .receiptHandle(message.getReceiptHandle())
                  .visibilityTimeout(delay));
    } catch (RuntimeException | LinkageError e) {
      // Without the shorter delay the message still comes back, after the queue's visibility
      // timeout.
      LOG.warn(
          "could not shorten the retry delay", Map.of("error_type", e.getClass().getSimpleName()));
    }
  }

  private static int receiveCountOf(SQSEvent.SQSMessage message) {
    String count =
        message.getAttributes() == null
            ? null
            : message.getAttributes().get("ApproximateReceiveCount");
    try {
      return count == null ? 1 : Math.max(1, Integer.parseInt(count));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
