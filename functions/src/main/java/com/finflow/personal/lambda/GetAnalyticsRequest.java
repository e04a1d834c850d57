package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.personal.AnalyticsPeriod;
import com.finflow.personal.AnalyticsQuery;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.ids.ResourceIds;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code GET /me/analytics?from&to&period&account}: both dates required, the window at most
 * {@value #LONGEST_WINDOW_DAYS} days.
 */
final class GetAnalyticsRequest {

  /** About ten years: a day series of more would be a bulk export, not analytics. */
  static final long LONGEST_WINDOW_DAYS = 3_660;

  private static final Set<String> PARAMETERS = Set.of("from", "to", "period", "account");

  private GetAnalyticsRequest() {}

  static AnalyticsQuery parse(APIGatewayV2HTTPEvent event) {
    Map<String, String> query =
        Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of());
    List<FieldError> errors = new ArrayList<>();
    query.keySet().stream()
        .filter(name -> !PARAMETERS.contains(name))
        .sorted()
        .forEach(
            name ->
                errors.add(
                    new FieldError("/query/" + name, "is not a parameter of this operation")));
    Optional<LocalDate> from = date(query, "from", errors);
    Optional<LocalDate> to = date(query, "to", errors);
    if (from.isPresent() && to.isPresent()) {
      if (to.get().isBefore(from.get())) {
        errors.add(new FieldError("/query/to", "must be on or after from"));
      } else if (ChronoUnit.DAYS.between(from.get(), to.get()) >= LONGEST_WINDOW_DAYS) {
        errors.add(
            new FieldError(
                "/query/to", "must be less than " + LONGEST_WINDOW_DAYS + " days after from"));
      }
    }
    Optional<AnalyticsPeriod> period =
        Optional.ofNullable(query.get("period")).flatMap(AnalyticsPeriod::of);
    if (period.isEmpty()) {
      errors.add(new FieldError("/query/period", "is required: day, week, month or year"));
    }
    Optional<String> account = Optional.ofNullable(query.get("account"));
    if (account.isPresent()
        && !ResourceIds.isToken(account.get(), TransactionMembers.MAX_ACCOUNT_ID_LENGTH)) {
      errors.add(new FieldError("/query/account", TransactionMembers.ACCOUNT_ID_RULE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new AnalyticsQuery(from.orElseThrow(), to.orElseThrow(), period.orElseThrow(), account);
  }

  private static Optional<LocalDate> date(
      Map<String, String> query, String name, List<FieldError> errors) {
    String text = query.get(name);
    if (text == null) {
      errors.add(new FieldError("/query/" + name, "is required: a date as YYYY-MM-DD"));
      return Optional.empty();
    }
    if (!ListTransactionsRequest.isDate(text)) {
      errors.add(new FieldError("/query/" + name, "must be a date as YYYY-MM-DD"));
      return Optional.empty();
    }
    return Optional.of(LocalDate.parse(text));
  }
}
