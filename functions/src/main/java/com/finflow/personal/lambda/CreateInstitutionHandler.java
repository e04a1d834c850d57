package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.CreateInstitution;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.lambda.HttpFunction;

/** {@code POST /me/institutions}: adds an institution to the caller's book. */
public final class CreateInstitutionHandler extends HttpFunction {

  private final CreateInstitution createInstitution;

  public CreateInstitutionHandler() {
    this(BookWiring.createInstitution());
  }

  CreateInstitutionHandler(CreateInstitution createInstitution) {
    this.createInstitution = createInstitution;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var created =
              createInstitution.create(
                  Callers.of(http),
                  CreateInstitutionRequest.parse(
                      RequestBodies.objectOf(http, RequestBodies.DEFAULT_MAX_BYTES)));
          return HttpResult.json(201, created)
              .withHeader("location", "/me/institutions/" + created.id());
        });
  }
}
