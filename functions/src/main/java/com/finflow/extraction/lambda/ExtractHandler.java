package com.finflow.extraction.lambda;

import com.finflow.extraction.Deadline;
import com.finflow.extraction.ExtractFinancialData;
import com.finflow.extraction.ExtractionCommand;
import com.finflow.extraction.ExtractionJob;
import com.finflow.extraction.ExtractionJobs;
import com.finflow.extraction.ExtractionResults;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.Callers;
import com.finflow.extraction.adapters.ExtractionWiring;
import com.finflow.extraction.adapters.SqsExtractionJobs;
import com.finflow.shared.aws.AwsClients;
import com.finflow.shared.Caller;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.webhooks.WebhookAddress;
import com.finflow.webhooks.adapters.WebhooksWiring;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code POST /extract-financial-data}: a user's accounts, balances and transactions, normalized. Answers 200 with
 * {@code summary.errors} listing any account that could not be fetched in time (the others are returned), or, with
 * {@code "async": true}, 202 and where to find the result (and, with a {@code webhook_url}, a signed notice when done).
 */
public final class ExtractHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final Function<Deadline, ExtractFinancialData> extractions;
  private final ExtractionResults results;
  private final ExtractionJobs jobs;
  private final Duration budget;
  private final WebhookAddress webhookAddress;

  public ExtractHandler() {
    this(ExtractionWiring.extractions(),
        ExtractionWiring.results(ExtractionWiring.vault()),
        new SqsExtractionJobs(AwsClients.sqs(), ExtractionWiring.queueUrl()), ExtractionWiring.syncBudget(),
        WebhooksWiring.address());
  }

  ExtractHandler(Function<Deadline, ExtractFinancialData> extractions, ExtractionResults results, ExtractionJobs jobs,
      Duration budget, WebhookAddress webhookAddress) {
    this.extractions = extractions;
    this.results = results;
    this.jobs = jobs;
    this.budget = budget;
    this.webhookAddress = webhookAddress;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> {
      Caller caller = Callers.of(request);
      ExtractionCommand command = ExtractionCommand.read(RequestBodies.objectOf(request), webhookAddress);
      if (command.async()) {
        String extractionId = UUID.randomUUID().toString();
        results.pending(caller.organizationId(), extractionId);
        jobs.submit(new ExtractionJob(ExtractionJob.Kind.EXTRACT, extractionId, caller.organizationId(), command));
        String location = "/extractions/" + extractionId;
        return HttpResult.json(202, Map.of("extraction_id", extractionId, "status", "pending",
            "links", Map.of("self", location))).withHeader("location", location);
      }
      Deadline deadline = Deadline.in(budget, Clock.systemUTC());
      return HttpResult.json(200, extractions.apply(deadline).extract(caller.organizationId(), command, deadline));
    });
  }
}
