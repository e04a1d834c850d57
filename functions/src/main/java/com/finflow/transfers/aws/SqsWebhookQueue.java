package com.finflow.transfers.aws;

import com.finflow.transfers.webhooks.WebhookQueue;
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
  public void deliver(String bulkId, String deliveryId, boolean again) {
    sqs.sendMessage(request -> request.queueUrl(queueUrl)
        .messageBody(TransferMessages.webhook(new TransferMessages.WebhookReference(bulkId, deliveryId, again))));
  }
}
