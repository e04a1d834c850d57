package com.finflow.transfers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.transfers.aws.TransferMessages;
import com.finflow.transfers.aws.TransfersWiring;
import com.finflow.transfers.webhooks.DeliverWebhook;

/** Attempts webhook deliveries (webhook queue); a refused attempt returns with backoff, then to the dead-letter queue. */
public final class WebhookHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final DeliverWebhook useCase;
  private final QueueConsumer consumer;

  public WebhookHandler() {
    this(TransfersWiring.deliverWebhook(), TransfersWiring.concurrentConsumerOf("WEBHOOK_QUEUE_URL"));
  }

  WebhookHandler(DeliverWebhook useCase, QueueConsumer consumer) {
    this.useCase = useCase;
    this.consumer = consumer;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return consumer.consume(event, context, message -> {
      TransferMessages.WebhookReference reference = TransferMessages.webhook(message.getBody());
      useCase.deliver(reference.bulkId(), reference.deliveryId(), reference.again());
    });
  }
}
