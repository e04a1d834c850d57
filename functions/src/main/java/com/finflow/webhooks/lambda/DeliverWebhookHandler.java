package com.finflow.webhooks.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.shared.lambda.QueueFunction;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.webhooks.DeliverWebhook;
import com.finflow.webhooks.adapters.WebhookMessages;
import com.finflow.webhooks.adapters.WebhooksWiring;

/**
 * Attempts webhook deliveries (webhook queue); a refused attempt returns with backoff, then to the
 * dead-letter queue.
 */
public final class DeliverWebhookHandler extends QueueFunction {

  private final DeliverWebhook useCase;
  private final QueueConsumer consumer;

  public DeliverWebhookHandler() {
    this(WebhooksWiring.deliverWebhook(), WebhooksWiring.deliveryConsumer());
  }

  DeliverWebhookHandler(DeliverWebhook useCase, QueueConsumer consumer) {
    this.useCase = useCase;
    this.consumer = consumer;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return consumer.consume(
        event,
        context,
        message -> {
          WebhookMessages.Delivery delivery = WebhookMessages.read(message.getBody());
          useCase.deliver(delivery.subject(), delivery.deliveryId(), delivery.again());
        });
  }
}
