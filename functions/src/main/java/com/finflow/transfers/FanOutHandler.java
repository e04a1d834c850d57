package com.finflow.transfers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.transfers.aws.TransferMessages;
import com.finflow.transfers.aws.TransfersWiring;

/** Enqueues a bulk's transfers one message each (fan-out queue). */
public final class FanOutHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final FanOutBulk useCase;
  private final QueueConsumer consumer;

  public FanOutHandler() {
    this(TransfersWiring.fanOutBulk(), TransfersWiring.consumerOf("FANOUT_QUEUE_URL"));
  }

  FanOutHandler(FanOutBulk useCase, QueueConsumer consumer) {
    this.useCase = useCase;
    this.consumer = consumer;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return consumer.consume(event, context, message -> useCase.fanOut(TransferMessages.bulkId(message.getBody())));
  }
}
