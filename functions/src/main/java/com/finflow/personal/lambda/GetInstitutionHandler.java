package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.GetInstitution;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;

/** {@code GET /me/institutions/{institution_id}}: one of the caller's institutions. */
public final class GetInstitutionHandler extends HttpFunction {

  private final GetInstitution getInstitution;

  public GetInstitutionHandler() {
    this(BookWiring.getInstitution());
  }

  GetInstitutionHandler(GetInstitution getInstitution) {
    this.getInstitution = getInstitution;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          String id = ResourceIds.uuidInPath(PathParameters.of(http), "institution_id");
          return HttpResult.json(200, getInstitution.get(Callers.of(http), id));
        });
  }
}
