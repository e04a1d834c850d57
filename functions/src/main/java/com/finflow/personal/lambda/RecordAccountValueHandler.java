package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.RecordAccountValue;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code PUT /me/accounts/{account_id}/values/{date}}: writes the value of one of the caller's
 * accounts on a day: 201 when it is the day's first, 200 when it replaces one.
 */
public final class RecordAccountValueHandler extends HttpFunction {

  private final RecordAccountValue recordAccountValue;

  public RecordAccountValueHandler() {
    this(BookWiring.recordAccountValue());
  }

  RecordAccountValueHandler(RecordAccountValue recordAccountValue) {
    this.recordAccountValue = recordAccountValue;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var caller = Callers.of(http);
          String account = ResourceIds.uuidInPath(PathParameters.of(http), "account_id");
          var date = RecordAccountValueRequest.dateInPath(http);
          var value =
              RecordAccountValueRequest.parse(
                  date, RequestBodies.objectOf(http, RequestBodies.DEFAULT_MAX_BYTES));
          var answer = recordAccountValue.record(caller, account, value);
          return answer.created()
              ? HttpResult.json(201, answer.value())
                  .withHeader("location", answer.value().links().get("self"))
              : HttpResult.json(200, answer.value());
        });
  }
}
