package com.finflow.webhooks.adapters;

import com.finflow.webhooks.WebhookQueue;
import com.finflow.webhooks.WebhookSubject;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The webhook queue: one message per delivery attempt to make. */
final class SqsWebhookQueue implements WebhookQueue {

  private final SqsClient sqs;
  private final String queueUrl;

  SqsWebhookQueue(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public void deliver(WebhookSubject subject, String deliveryId, boolean again) {
    sqs.sendMessage(
        request ->
            request
                .queueUrl(queueUrl)
                .messageBody(
                    WebhookMessages.write(
                        new WebhookMessages.Delivery(subject, deliveryId, again))));
  }
}
