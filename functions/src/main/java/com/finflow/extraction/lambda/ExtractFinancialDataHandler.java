package com.finflow.extraction.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.extraction.ExtractFinancialData;
import com.finflow.extraction.ExtractionCommand;
import com.finflow.extraction.adapters.ExtractionWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.lambda.HttpFunction;
import com.finflow.webhooks.WebhookAddress;
import java.util.Map;

/**
 * {@code POST /extract-financial-data}: a user's accounts, balances and transactions, normalized.
 * Answers 200 with {@code summary.errors} listing any account that could not be fetched in time
 * (the others are returned), or, with {@code "async": true}, 202 and where to find the result (and,
 * with a {@code webhook_url}, a signed notice when done).
 */
public final class ExtractFinancialDataHandler extends HttpFunction {

  private final ExtractFinancialData extractFinancialData;
  private final WebhookAddress webhookAddress;

  public ExtractFinancialDataHandler() {
    this(ExtractionWiring.extractFinancialData(), ExtractionWiring.webhookAddress());
  }

  ExtractFinancialDataHandler(
      ExtractFinancialData extractFinancialData, WebhookAddress webhookAddress) {
    this.extractFinancialData = extractFinancialData;
    this.webhookAddress = webhookAddress;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          String organizationId = Callers.of(request).organizationId();
          ExtractionCommand command =
              ExtractFinancialDataRequest.parse(RequestBodies.objectOf(request), webhookAddress);
          return switch (extractFinancialData.extract(organizationId, command)) {
            case ExtractFinancialData.Extracted extracted ->
                HttpResult.json(200, extracted.extraction());
            case ExtractFinancialData.Accepted accepted -> {
              String location = "/extractions/" + accepted.extractionId();
              yield HttpResult.json(
                      202,
                      Map.of(
                          "extraction_id",
                          accepted.extractionId(),
                          "status",
                          "pending",
                          "links",
                          Map.of("self", location)))
                  .withHeader("location", location);
            }
          };
        });
  }
}
