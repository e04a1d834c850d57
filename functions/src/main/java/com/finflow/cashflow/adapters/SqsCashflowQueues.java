package com.finflow.cashflow.adapters;

import com.finflow.cashflow.Batch;
import com.finflow.cashflow.BatchQueue;
import com.finflow.cashflow.ReleaseRequests;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** Batches onto the ingestion queue, release requests onto the release queue. */
final class SqsCashflowQueues implements BatchQueue, ReleaseRequests {

  private final SqsClient sqs;
  private final String ingestionQueueUrl;
  private final String releaseQueueUrl;

  SqsCashflowQueues(SqsClient sqs, String ingestionQueueUrl, String releaseQueueUrl) {
    this.sqs = sqs;
    this.ingestionQueueUrl = ingestionQueueUrl;
    this.releaseQueueUrl = releaseQueueUrl;
  }

  @Override
  public void send(String organizationId, Batch batch) {
    sqs.sendMessage(
        request ->
            request
                .queueUrl(ingestionQueueUrl)
                .messageBody(BatchMessages.write(batch))
                .messageAttributes(
                    Map.of(
                        BatchMessages.ORGANIZATION_ATTRIBUTE,
                        MessageAttributeValue.builder()
                            .dataType("String")
                            .stringValue(organizationId)
                            .build())));
  }

  @Override
  public void request(String organizationId, String currency, LocalDate from) {
    String body =
        ReleaseMessages.write(new ReleaseMessages.Release(organizationId, currency, from));
    sqs.sendMessage(request -> request.queueUrl(releaseQueueUrl).messageBody(body));
  }
}
