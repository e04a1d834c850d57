package com.finflow.extraction.lambda;

import com.finflow.extraction.Deadline;
import com.finflow.extraction.ExtractFinancialData;
import com.finflow.extraction.ExtractionJob;
import com.finflow.extraction.ExtractionJobs;
import com.finflow.extraction.ExtractionResults;
import com.finflow.extraction.NotifyExtraction;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.extraction.adapters.ExtractionWiring;
import com.finflow.extraction.adapters.SqsExtractionJobs;
import com.finflow.shared.aws.AwsClients;
import com.finflow.shared.http.Rejection;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.webhooks.adapters.WebhooksWiring;

import java.time.Clock;
import java.time.Duration;
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
  private final NotifyExtraction notices;

  public ExtractionWorkerHandler() {
    this(ExtractionWiring.extractions(),
        ExtractionWiring.results(ExtractionWiring.vault()),
        new QueueConsumer(AwsClients.sqs(), ExtractionWiring.queueUrl(), 1, 60, false), ExtractionWiring.asyncBudget(),
        new SqsExtractionJobs(AwsClients.sqs(), ExtractionWiring.queueUrl()),
        new NotifyExtraction(ExtractionWiring.results(ExtractionWiring.vault()), WebhooksWiring.sender(),
            WebhooksWiring.address(), Clock.systemUTC()));
  }

  ExtractionWorkerHandler(Function<Deadline, ExtractFinancialData> extractions, ExtractionResults results,
      QueueConsumer consumer, Duration budget, ExtractionJobs jobs, NotifyExtraction notices) {
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
        notices.notify(job);
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
