package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.ListCompanies;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /cashflow/companies?cursor=}: the organization's companies, 100 at a time. */
public final class ListCompaniesHandler extends HttpFunction {

  private final ListCompanies useCase;

  public ListCompaniesHandler() {
    this(CashflowWiring.listCompanies());
  }

  ListCompaniesHandler(ListCompanies useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          List<FieldError> errors = new ArrayList<>();
          Optional<String> cursor = new CashflowQuery(request, errors).cursor();
          Requests.throwIfAny(errors);
          ListCompanies.CompanyPage page = useCase.list(Callers.of(request), cursor);
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("companies", page.companies());
          page.nextCursor().ifPresent(next -> body.put("next_cursor", next));
          return HttpResult.json(200, body);
        });
  }
}
