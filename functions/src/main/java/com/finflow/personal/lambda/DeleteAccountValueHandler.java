package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.DeleteAccountValue;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;
import java.util.Map;

/**
 * {@code DELETE /me/accounts/{account_id}/values/{date}}: removes the value of one of the caller's
 * accounts on a day.
 */
public final class DeleteAccountValueHandler extends HttpFunction {

  private final DeleteAccountValue deleteAccountValue;

  public DeleteAccountValueHandler() {
    this(BookWiring.deleteAccountValue());
  }

  DeleteAccountValueHandler(DeleteAccountValue deleteAccountValue) {
    this.deleteAccountValue = deleteAccountValue;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          String account = ResourceIds.uuidInPath(PathParameters.of(http), "account_id");
          var date = RecordAccountValueRequest.dateInPath(http);
          deleteAccountValue.delete(Callers.of(http), account, date);
          return new HttpResult(204, "", "application/json", Map.of());
        });
  }
}
