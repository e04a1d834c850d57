package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.cashflow.IngestBatch;
import com.finflow.cashflow.WorkingTime;
import com.finflow.cashflow.adapters.BatchMessages;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.lambda.QueueFunction;
import com.finflow.shared.sqs.QueueConsumer;
import java.util.HashMap;
import java.util.Map;

/**
 * Applies the batches of the ingestion queue, each exactly once; a failed one is retried (partial
 * batch failure), an unreadable one goes to the dead-letter queue without holding the others.
 */
public final class IngestBatchHandler extends QueueFunction {

  /** Longer than a step takes on a busy table (a transaction of 100 items, retried). */
  static final int RESERVED_MILLIS = 20_000;

  private final IngestBatch ingestBatch;
  private final QueueConsumer consumer;

  public IngestBatchHandler() {
    this(CashflowWiring.ingestBatch(), CashflowWiring.consumerOf("CASHFLOW_INGESTION_QUEUE_URL"));
  }

  /** Public for handlers that run the same flow on another wiring (the local stack's tests). */
  public IngestBatchHandler(IngestBatch ingestBatch, QueueConsumer consumer) {
    this.ingestBatch = ingestBatch;
    this.consumer = consumer;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return consumer.consume(
        event,
        context,
        message -> {
          BatchMessages.Received received =
              BatchMessages.read(message.getBody(), attributes(message));
          ingestBatch.ingest(received.organizationId(), received.batch(), workingTime(context));
        });
  }

  /**
   * Stops between two steps while a step's worst case is still left: the message is then retried
   * after a short backoff, not after the queue's whole visibility timeout.
   */
  static WorkingTime workingTime(Context context) {
    return context == null
        ? WorkingTime.UNBOUNDED
        : () -> context.getRemainingTimeInMillis() > RESERVED_MILLIS;
  }

  private static Map<String, String> attributes(SQSEvent.SQSMessage message) {
    Map<String, String> attributes = new HashMap<>();
    if (message.getMessageAttributes() != null) {
      message
          .getMessageAttributes()
          .forEach(
              (name, value) -> {
                if (value != null && value.getStringValue() != null) {
                  attributes.put(name, value.getStringValue());
                }
              });
    }
    return attributes;
  }
}
