package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.DeleteInstitution;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;
import java.util.Map;

/** {@code DELETE /me/institutions/{institution_id}}: removes one of the caller's institutions. */
public final class DeleteInstitutionHandler extends HttpFunction {

  private final DeleteInstitution deleteInstitution;

  public DeleteInstitutionHandler() {
    this(BookWiring.deleteInstitution());
  }

  DeleteInstitutionHandler(DeleteInstitution deleteInstitution) {
    this.deleteInstitution = deleteInstitution;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          String id = ResourceIds.uuidInPath(PathParameters.of(http), "institution_id");
          deleteInstitution.delete(Callers.of(http), id);
          return new HttpResult(204, "", "application/json", Map.of());
        });
  }
}
