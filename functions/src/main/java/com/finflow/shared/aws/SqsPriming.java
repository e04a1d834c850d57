package com.finflow.shared.aws;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Primes the SQS client on the queues the function was given ({@link GivenResources}): a read of
 * each, and a send SQS refuses, changing nothing. Like each service's priming, a class of its own:
 * see {@link AwsClients}.
 */
final class SqsPriming {

  private SqsPriming() {}

  static void prime(SqsClient sqs, List<String> queueUrls) {
    queueUrls.forEach(
        url -> {
          sqs.getQueueAttributes(
              request -> request.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN));
          refusedSend(sqs, url);
        });
  }

  /**
   * A message with an attribute, as the functions send them, to a queue beside the given one that
   * cannot exist: SQS refuses it (no such queue, or on AWS the role may not send there), and the
   * sending path is loaded without anything sent.
   */
  private static void refusedSend(SqsClient sqs, String queueUrl) {
    try {
      sqs.sendMessage(
          request ->
              request
                  .queueUrl(queueUrl + AbsentResources.SUFFIX)
                  .messageBody("{}")
                  .messageAttributes(
                      Map.of(
                          "priming",
                          MessageAttributeValue.builder()
                              .dataType("String")
                              .stringValue("refused")
                              .build())));
    } catch (SqsException refused) {
      // what priming asks for
    }
  }
}
