package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.ListQuarantine;
import com.finflow.cashflow.QuarantineRecords;
import com.finflow.cashflow.Rule;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /cashflow/quarantine?rule=&company_id=&cursor=}: set-aside rows with their rule. */
public final class ListQuarantineHandler extends HttpFunction {

  private final ListQuarantine useCase;

  public ListQuarantineHandler() {
    this(CashflowWiring.listQuarantine());
  }

  ListQuarantineHandler(ListQuarantine useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          List<FieldError> errors = new ArrayList<>();
          CashflowQuery query = new CashflowQuery(request, errors);
          Optional<Rule> rule = Optional.empty();
          Optional<String> ruleText = query.text("rule");
          if (ruleText.isPresent()) {
            rule =
                Arrays.stream(Rule.values())
                    .filter(r -> r.name().equals(ruleText.get()))
                    .findFirst();
            if (rule.isEmpty()) {
              errors.add(
                  new FieldError(
                      "/query/rule", "must be one of " + Arrays.toString(Rule.values())));
            }
          }
          Optional<String> companyId = query.optionalCompanyId();
          Optional<String> cursor = query.cursor();
          Requests.throwIfAny(errors);
          QuarantineRecords.Page page = useCase.list(Callers.of(request), rule, companyId, cursor);
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("rows", page.entries().stream().map(QuarantineViews::of).toList());
          page.next().ifPresent(next -> body.put("next_cursor", next));
          return HttpResult.json(200, body);
        });
  }
}
