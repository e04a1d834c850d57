package com.finflow.extraction;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.extraction.aws.ExtractionWiring;
import com.finflow.extraction.aws.SqsExtractionJobs;
import com.finflow.shared.aws.AwsClients;
import com.finflow.shared.http.Rejection;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.webhooks.WebhookNotice;
import com.finflow.webhooks.WebhookNotices;
import com.finflow.webhooks.adapters.WebhooksWiring;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs asynchronous extractions (extraction queue) with a deadline of minutes, and keeps each result, or why it
 * failed, encrypted for {@link ExtractionResults#RETENTION}; then, when asked, notifies the caller's webhook.
 */
public final class ExtractionWorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final Function<Deadline, ExtractFinancialData> extractions;
  private final ExtractionResults results;
  private final QueueConsumer consumer;
  private final Duration budget;
  private final ExtractionJobs jobs;
  private final WebhookNotices notices;

  public ExtractionWorkerHandler() {
    this(ExtractionWiring.extractions(),
        ExtractionWiring.results(ExtractionWiring.vault()),
        new QueueConsumer(AwsClients.sqs(), ExtractionWiring.queueUrl(), 1, 60, false), ExtractionWiring.asyncBudget(),
        new SqsExtractionJobs(AwsClients.sqs(), ExtractionWiring.queueUrl()),
        WebhooksWiring.notices());
  }

  ExtractionWorkerHandler(Function<Deadline, ExtractFinancialData> extractions, ExtractionResults results,
      QueueConsumer consumer, Duration budget, ExtractionJobs jobs, WebhookNotices notices) {
    this.extractions = extractions;
    this.results = results;
    this.consumer = consumer;
    this.budget = budget;
    this.jobs = jobs;
    this.notices = notices;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return consumer.consume(event, context, message -> {
      ExtractionJob job = SqsExtractionJobs.read(message.getBody());
      if (job.kind() == ExtractionJob.Kind.NOTIFY) {
        String id = job.extractionId();
        String status = results.find(job.organizationId(), id).path("status").asText();
        notices.publish(new WebhookNotice("extraction." + status + ":" + id, "extraction." + status,
            job.organizationId(), "extraction/" + id, job.command().webhookUrl().orElseThrow(),
            Map.of("extraction_id", id, "status", status, "links", Map.of("self", "/extractions/" + id))));
        return;
      }
      Deadline deadline = Deadline.in(budget, Clock.systemUTC());
      try {
        results.completed(job.organizationId(), job.extractionId(),
            extractions.apply(deadline).extract(job.organizationId(), job.command(), deadline));
      } catch (Rejection rejection) {
        // A refusal (consent rejected, provider down after every retry) is the answer: kept, not retried.
        results.failed(job.organizationId(), job.extractionId(), rejection);
      }
      // A separate message, so a receiver that is down delays its notice, never the extraction.
      if (job.command().webhookUrl().isPresent()) {
        jobs.submit(new ExtractionJob(ExtractionJob.Kind.NOTIFY, job.extractionId(), job.organizationId(), job.command()));
      }
    });
  }
}
