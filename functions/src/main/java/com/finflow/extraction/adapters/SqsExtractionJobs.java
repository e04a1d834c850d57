package com.finflow.extraction.adapters;

import com.finflow.extraction.ExtractionJob;
import com.finflow.extraction.ExtractionJobs;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.function.Function;

/** Extraction jobs as messages of the extraction queue (encrypted at rest with the customer key, like every queue). */
final class SqsExtractionJobs implements ExtractionJobs {

  private final SqsClient sqs;
  private final String queueUrl;
  private final Function<ExtractionJob, String> messageBody;

  /** @param messageBody the message format, which the queue's consumer reads back */
  SqsExtractionJobs(SqsClient sqs, String queueUrl, Function<ExtractionJob, String> messageBody) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.messageBody = messageBody;
  }

  @Override
  public void submit(ExtractionJob job) {
    String body = messageBody.apply(job);
    sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
  }
}
