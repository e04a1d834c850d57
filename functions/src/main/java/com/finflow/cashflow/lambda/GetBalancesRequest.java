package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.cashflow.BalancesQuery;
import com.finflow.cashflow.Interval;
import com.finflow.shared.failure.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code GET /cashflow/companies/{company_id}/balances} into a {@link BalancesQuery}. */
final class GetBalancesRequest {

  private GetBalancesRequest() {}

  static BalancesQuery parse(APIGatewayV2HTTPEvent event) {
    List<FieldError> errors = new ArrayList<>();
    CashflowQuery query = new CashflowQuery(event, errors);
    String companyId = query.companyId();
    LocalDate from = query.date("from");
    LocalDate to = query.date("to");
    Optional<Interval> interval = query.text("interval").flatMap(Interval::of);
    if (interval.isEmpty()) {
      errors.add(
          new FieldError("/query/interval", "is required: day, week, month, quarter or year"));
    }
    Optional<String> account = query.account();
    Requests.throwIfAny(errors);
    return new BalancesQuery(companyId, from, to, interval.get(), account);
  }
}
