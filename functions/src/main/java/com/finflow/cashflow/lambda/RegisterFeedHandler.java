package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.RegisterFeed;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import com.finflow.webhooks.WebhookAddress;

/** {@code PUT /cashflow/feeds/{feed_id}}: registers an upstream feed, or changes it (admins). */
public final class RegisterFeedHandler extends HttpFunction {

  private final RegisterFeed useCase;
  private final RegisterFeedRequest requests;

  public RegisterFeedHandler() {
    this(CashflowWiring.registerFeed(), CashflowWiring.feedAddress());
  }

  RegisterFeedHandler(RegisterFeed useCase, WebhookAddress address) {
    this.useCase = useCase;
    this.requests = new RegisterFeedRequest(address);
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          RegisterFeed.Registered registered =
              useCase.register(Callers.of(request), requests.parse(request));
          return HttpResult.json(registered.created() ? 201 : 200, registered.feed());
        });
  }
}
