package com.finflow.transfers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.transfers.aws.TransferMessages;
import com.finflow.transfers.aws.TransfersWiring;

/** Settles bulks whose transfers have all ended (settlement queue). */
public final class SettlementHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final SettleBulk useCase;
  private final QueueConsumer consumer;

  public SettlementHandler() {
    this(TransfersWiring.settleBulk(), TransfersWiring.consumerOf("SETTLEMENT_QUEUE_URL"));
  }

  SettlementHandler(SettleBulk useCase, QueueConsumer consumer) {
    this.useCase = useCase;
    this.consumer = consumer;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return consumer.consume(event, context, message -> useCase.settle(TransferMessages.bulkId(message.getBody()), "message " + message.getMessageId()));
  }
}
