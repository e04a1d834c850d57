package com.finflow.transfers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.transfers.aws.TransferMessages;
import com.finflow.transfers.aws.TransfersWiring;

/** Executes transfers, one message each (transfer queue, batches of up to 10, partial batch failures). */
public final class TransferHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final ExecuteTransfer useCase;
  private final QueueConsumer consumer;

  public TransferHandler() {
    this(TransfersWiring.executeTransfer(), TransfersWiring.consumerOf("TRANSFER_QUEUE_URL"));
  }

  TransferHandler(ExecuteTransfer useCase, QueueConsumer consumer) {
    this.useCase = useCase;
    this.consumer = consumer;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return consumer.consume(event, context, message -> useCase.execute(TransferMessages.order(message.getBody()), "message " + message.getMessageId()));
  }
}
