package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.ListInstitutions;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.util.Map;

/** {@code GET /me/institutions}: all of the caller's institutions, by name. */
public final class ListInstitutionsHandler extends HttpFunction {

  private final ListInstitutions listInstitutions;

  public ListInstitutionsHandler() {
    this(BookWiring.listInstitutions());
  }

  ListInstitutionsHandler(ListInstitutions listInstitutions) {
    this.listInstitutions = listInstitutions;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          return HttpResult.json(200, Map.of("items", listInstitutions.list(Callers.of(http))));
        });
  }
}
