package com.finflow.health.adapters;

import com.finflow.health.DependencyProbe;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * SQS answers, and each of Finflow's queues exists; with no queue yet, the service answers at all.
 */
final class SqsProbe implements DependencyProbe {

  private final SqsClient sqs;
  private final List<String> queueUrls;

  SqsProbe(SqsClient sqs, List<String> queueUrls) {
    this.sqs = sqs;
    this.queueUrls = List.copyOf(queueUrls);
  }

  @Override
  public String name() {
    return "sqs";
  }

  @Override
  public void probe() {
    if (queueUrls.isEmpty()) {
      sqs.listQueues(request -> request.maxResults(1));
      return;
    }
    queueUrls.forEach(
        url ->
            sqs.getQueueAttributes(
                request -> request.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN)));
  }
}
