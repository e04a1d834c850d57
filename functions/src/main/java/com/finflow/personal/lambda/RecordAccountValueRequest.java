package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.NewAccountValue;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.BodyFields;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads {@code PUT /me/accounts/{account_id}/values/{date}}: the body {@code {balance,
 * cash_balance?}}. Whether {@code cash_balance} belongs, and the decimals the account's currency
 * allows, are checked against the account.
 */
final class RecordAccountValueRequest {

  private RecordAccountValueRequest() {}

  static NewAccountValue parse(LocalDate date, JsonNode body) {
    BodyFields fields = new BodyFields(body);
    var balance = BookMembers.balance(fields, "balance", true);
    Optional<java.math.BigDecimal> cash = BookMembers.balance(fields, "cash_balance", false);
    fields.throwIfInvalid();
    return new NewAccountValue(date, balance.orElseThrow(), cash);
  }

  /** For the API document's example, which has no path: any day. */
  static NewAccountValue parse(JsonNode body) {
    return parse(LocalDate.of(2026, 3, 2), body);
  }

  /** The {@code date} path parameter; 422 naming {@code /path/date} unless it is a date. */
  static LocalDate dateInPath(APIGatewayV2HTTPEvent event) {
    String text = PathParameters.of(event).getOrDefault("date", "");
    if (!ListTransactionsRequest.isDate(text)) {
      throw new InvalidInput(
          java.util.List.of(new FieldError("/path/date", "must be a date as YYYY-MM-DD")));
    }
    return LocalDate.parse(text);
  }
}
