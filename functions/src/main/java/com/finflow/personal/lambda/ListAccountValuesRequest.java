package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.personal.AccountValueQuery;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.ids.AsciiText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads {@code GET /me/accounts/{account_id}/values?from=&to=&limit=&cursor=}, every invalid
 * parameter at once: days inclusive, {@code from} not after {@code to}; the cursor is the {@code
 * next_cursor} of the previous page.
 */
final class ListAccountValuesRequest {

  static final List<String> PARAMETERS = List.of("from", "to", "limit", "cursor");
  static final int DEFAULT_LIMIT = 366;
  static final int MAX_LIMIT = 1_000;

  private ListAccountValuesRequest() {}

  static AccountValueQuery parse(APIGatewayV2HTTPEvent event) {
    Map<String, String> query =
        Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of());
    List<FieldError> errors = new ArrayList<>();
    for (String name : query.keySet()) {
      if (!PARAMETERS.contains(name)) {
        errors.add(new FieldError("/query/" + name, "is not a parameter of this operation"));
      }
    }
    Optional<LocalDate> from = date(query, "from", errors);
    Optional<LocalDate> to = date(query, "to", errors);
    Optional<LocalDate> cursor = date(query, "cursor", errors);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      errors.add(new FieldError("/query/from", "must be on or before to"));
      errors.add(new FieldError("/query/to", "must be on or after from"));
    }
    int limit = DEFAULT_LIMIT;
    if (query.containsKey("limit")) {
      OptionalInt number = AsciiText.wholeNumber(query.get("limit"));
      if (number.isEmpty() || number.getAsInt() < 1 || number.getAsInt() > MAX_LIMIT) {
        errors.add(new FieldError("/query/limit", "must be a whole number from 1 to " + MAX_LIMIT));
      } else {
        limit = number.getAsInt();
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    LocalDate first = from.orElse(AccountValueQuery.FIRST_DAY);
    if (cursor.isPresent() && !cursor.get().isBefore(first)) {
      first = cursor.get().plusDays(1);
    }
    return new AccountValueQuery(first, to.orElse(AccountValueQuery.LAST_DAY), limit);
  }

  private static Optional<LocalDate> date(
      Map<String, String> query, String name, List<FieldError> errors) {
    String text = query.get(name);
    if (text == null) {
      return Optional.empty();
    }
    if (!ListTransactionsRequest.isDate(text)) {
      errors.add(new FieldError("/query/" + name, "must be a date as YYYY-MM-DD"));
      return Optional.empty();
    }
    return Optional.of(LocalDate.parse(text));
  }
}
