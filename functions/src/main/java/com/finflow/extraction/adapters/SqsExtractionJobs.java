package com.finflow.extraction.adapters;

import com.finflow.extraction.ExtractionJob;
import com.finflow.extraction.ExtractionJobs;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Extraction jobs as messages of the extraction queue (encrypted at rest with the customer key,
 * like every queue).
 */
final class SqsExtractionJobs implements ExtractionJobs {

  private final SqsClient sqs;
  private final String queueUrl;

  SqsExtractionJobs(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public void submit(ExtractionJob job) {
    String body = ExtractionJobMessages.write(job);
    sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
  }
}
