package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.ChangeInstitution;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code PATCH /me/institutions/{institution_id}}: changes some fields of one of the caller's
 * institutions.
 */
public final class ChangeInstitutionHandler extends HttpFunction {

  private final ChangeInstitution changeInstitution;

  public ChangeInstitutionHandler() {
    this(BookWiring.changeInstitution());
  }

  ChangeInstitutionHandler(ChangeInstitution changeInstitution) {
    this.changeInstitution = changeInstitution;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var caller = Callers.of(http);
          String id = ResourceIds.uuidInPath(PathParameters.of(http), "institution_id");
          var change =
              ChangeInstitutionRequest.parse(
                  RequestBodies.objectOf(http, RequestBodies.DEFAULT_MAX_BYTES));
          return HttpResult.json(200, changeInstitution.change(caller, id, change));
        });
  }
}
