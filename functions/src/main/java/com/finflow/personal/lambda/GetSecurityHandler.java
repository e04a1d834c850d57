package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.GetSecurity;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/** {@code GET /securities/{symbol}}: one security, or 404. */
public final class GetSecurityHandler extends HttpFunction {

  private final GetSecurity getSecurity;

  public GetSecurityHandler() {
    this(PersonalWiring.getSecurity());
  }

  GetSecurityHandler(GetSecurity getSecurity) {
    this.getSecurity = getSecurity;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http ->
            HttpResult.json(
                200, SecurityView.of(getSecurity.bySymbol(SecurityQueries.symbolOnly(http)))));
  }
}
