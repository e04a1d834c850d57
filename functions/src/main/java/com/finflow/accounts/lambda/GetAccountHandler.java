package com.finflow.accounts.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.accounts.GetAccount;
import com.finflow.accounts.adapters.AccountsWiring;
import com.finflow.shared.banking.BankIdentifiers;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code GET /accounts/{iban}}: balance, reserved and available of one of the caller's accounts.
 * The IBAN may be printed with spaces or in lower case; one that is not a valid IBAN of ASCII
 * letters and digits is refused (422).
 */
public final class GetAccountHandler extends HttpFunction {

  private final GetAccount getAccount;

  public GetAccountHandler() {
    this(AccountsWiring.getAccount());
  }

  GetAccountHandler(GetAccount getAccount) {
    this.getAccount = getAccount;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          String iban =
              BankIdentifiers.normalize(
                  http.getPathParameters() == null
                      ? ""
                      : http.getPathParameters().getOrDefault("iban", ""));
          BankIdentifiers.ibanProblem(iban)
              .ifPresent(
                  problem -> {
                    throw InvalidInput.of("/path/iban", problem);
                  });
          return HttpResult.json(200, getAccount.get(Callers.of(http), iban));
        });
  }
}
