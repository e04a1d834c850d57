package com.finflow.transfers.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.shared.lambda.QueueFunction;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.transfers.FanOutBulk;
import com.finflow.transfers.adapters.TransferMessages;
import com.finflow.transfers.adapters.TransfersWiring;

/** Enqueues a bulk's transfers one message each (fan-out queue). */
public final class FanOutBulkHandler extends QueueFunction {

  private final FanOutBulk fanOutBulk;
  private final QueueConsumer consumer;

  public FanOutBulkHandler() {
    this(TransfersWiring.fanOutBulk(), TransfersWiring.consumerOf("FANOUT_QUEUE_URL"));
  }

  FanOutBulkHandler(FanOutBulk fanOutBulk, QueueConsumer consumer) {
    this.fanOutBulk = fanOutBulk;
    this.consumer = consumer;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return consumer.consume(
        event, context, message -> fanOutBulk.fanOut(TransferMessages.bulkId(message.getBody())));
  }
}
