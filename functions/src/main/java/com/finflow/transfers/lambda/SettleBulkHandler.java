package com.finflow.transfers.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.shared.lambda.QueueFunction;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.transfers.SettleBulk;
import com.finflow.transfers.adapters.TransferMessages;
import com.finflow.transfers.adapters.TransfersWiring;

/** Settles bulks whose transfers have all ended (settlement queue). */
public final class SettleBulkHandler extends QueueFunction {

  private final SettleBulk settleBulk;
  private final QueueConsumer consumer;

  public SettleBulkHandler() {
    this(TransfersWiring.settleBulk(), TransfersWiring.consumerOf("SETTLEMENT_QUEUE_URL"));
  }

  /**
   * Public for handlers that run the same flow on another wiring (the local stack's fault tests).
   */
  public SettleBulkHandler(SettleBulk settleBulk, QueueConsumer consumer) {
    this.settleBulk = settleBulk;
    this.consumer = consumer;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return consumer.consume(
        event,
        context,
        message ->
            settleBulk.settle(
                TransferMessages.bulkId(message.getBody()), "message " + message.getMessageId()));
  }
}
