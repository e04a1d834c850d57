package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.personal.Currencies;
import com.finflow.personal.IsoCurrency;
import com.finflow.personal.NoSuchCurrency;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code GET /currencies/{code}/rates?date=}: the date defaults to today (UTC). */
final class GetRatesRequest {

  record Query(IsoCurrency base, LocalDate date) {}

  private GetRatesRequest() {}

  static Query parse(APIGatewayV2HTTPEvent event, Clock clock) {
    List<FieldError> errors = new ArrayList<>();
    String code = PathParameters.of(event).getOrDefault("code", "");
    boolean wellFormed = code.matches("[A-Z]{3}");
    if (!wellFormed) {
      errors.add(new FieldError("/path/code", "must be an ISO 4217 code of three capital letters"));
    }
    Map<String, String> query =
        Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of());
    for (String name : query.keySet()) {
      if (!name.equals("date")) {
        errors.add(new FieldError("/query/" + name, "is not a parameter of this operation"));
      }
    }
    Optional<String> date = Optional.ofNullable(query.get("date"));
    if (date.isPresent() && !ListTransactionsRequest.isDate(date.get())) {
      errors.add(new FieldError("/query/date", "must be a date as YYYY-MM-DD"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    IsoCurrency base = Currencies.of(code).orElseThrow(() -> new NoSuchCurrency(code));
    return new Query(base, date.map(LocalDate::parse).orElseGet(() -> LocalDate.now(clock)));
  }
}
