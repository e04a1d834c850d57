package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.cashflow.ReleaseHeldRows;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.cashflow.adapters.ReleaseMessages;
import com.finflow.shared.lambda.QueueFunction;
import com.finflow.shared.sqs.QueueConsumer;

/** Releases the rows held for a rate when one arrives (release queue). */
public final class ReleaseHeldRowsHandler extends QueueFunction {

  private final ReleaseHeldRows releaseHeldRows;
  private final QueueConsumer consumer;

  public ReleaseHeldRowsHandler() {
    this(CashflowWiring.releaseHeldRows(), CashflowWiring.consumerOf("CASHFLOW_RELEASE_QUEUE_URL"));
  }

  ReleaseHeldRowsHandler(ReleaseHeldRows releaseHeldRows, QueueConsumer consumer) {
    this.releaseHeldRows = releaseHeldRows;
    this.consumer = consumer;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return consumer.consume(
        event,
        context,
        message -> {
          ReleaseMessages.Release release = ReleaseMessages.read(message.getBody());
          releaseHeldRows.release(release.organizationId(), release.currency(), release.from());
        });
  }
}
