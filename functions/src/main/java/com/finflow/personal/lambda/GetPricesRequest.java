package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.personal.PriceInterval;
import com.finflow.personal.PriceQuery;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code GET /securities/{symbol}/prices?from&to&interval}: both dates required, at most
 * {@value PriceQuery#MAX_DAYS} days; the interval {@code 1d} (default) or {@code 1wk}.
 */
final class GetPricesRequest {

  private GetPricesRequest() {}

  static PriceQuery parse(APIGatewayV2HTTPEvent event) {
    Map<String, String> query = SecurityQueries.query(event);
    List<FieldError> errors = new ArrayList<>();
    SecurityQueries.refuseUnknown(query, Set.of("from", "to", "interval"), errors);
    Optional<String> symbol = SecurityQueries.symbol(event, errors);
    Optional<LocalDate> from = date(query, "from", errors);
    Optional<LocalDate> to = date(query, "to", errors);
    if (from.isPresent() && to.isPresent()) {
      if (to.get().isBefore(from.get())) {
        errors.add(new FieldError("/query/to", "must be on or after from"));
      } else if (ChronoUnit.DAYS.between(from.get(), to.get()) >= PriceQuery.MAX_DAYS) {
        errors.add(
            new FieldError(
                "/query/to", "must be less than " + PriceQuery.MAX_DAYS + " days after from"));
      }
    }
    Optional<PriceInterval> interval =
        PriceInterval.of(query.getOrDefault("interval", PriceInterval.DAY.wireName()));
    if (interval.isEmpty()) {
      errors.add(new FieldError("/query/interval", "must be 1d or 1wk"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new PriceQuery(
        symbol.orElseThrow(), from.orElseThrow(), to.orElseThrow(), interval.orElseThrow());
  }

  private static Optional<LocalDate> date(
      Map<String, String> query, String name, List<FieldError> errors) {
    String text = query.get(name);
    if (text == null || !ListTransactionsRequest.isDate(text)) {
      errors.add(new FieldError("/query/" + name, "is required: a date as YYYY-MM-DD"));
      return Optional.empty();
    }
    return Optional.of(LocalDate.parse(text));
  }
}
