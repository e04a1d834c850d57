package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.cashflow.InterestQuery;
import com.finflow.shared.failure.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code GET /cashflow/companies/{company_id}/interest} into an {@link InterestQuery}. */
final class GetInterestRequest {

  private GetInterestRequest() {}

  static InterestQuery parse(APIGatewayV2HTTPEvent event) {
    List<FieldError> errors = new ArrayList<>();
    CashflowQuery query = new CashflowQuery(event, errors);
    String companyId = query.companyId();
    LocalDate from = query.date("from");
    LocalDate to = query.date("to");
    Optional<String> account = query.account();
    Requests.throwIfAny(errors);
    return new InterestQuery(companyId, from, to, account);
  }
}
