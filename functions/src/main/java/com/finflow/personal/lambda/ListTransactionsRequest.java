package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.personal.Direction;
import com.finflow.personal.ListTransactionsQuery;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.FieldPatterns;
import com.finflow.shared.ids.AsciiText;
import com.finflow.shared.ids.ResourceIds;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads {@code GET /me/transactions?account=&from=&to=&category=&direction=&min_amount=&max_amount=
 * &limit=&cursor=}, every invalid parameter at once. {@code from} and {@code to} are days ({@code
 * YYYY-MM-DD}) in the user's time zone, inclusive.
 */
final class ListTransactionsRequest {

  static final List<String> PARAMETERS =
      List.of(
          "account",
          "from",
          "to",
          "category",
          "direction",
          "min_amount",
          "max_amount",
          "limit",
          "cursor");

  private static final Pattern AMOUNT = Pattern.compile(FieldPatterns.BALANCE);
  private static final Pattern NOT_BLANK = Pattern.compile(BodyFields.NOT_BLANK_PATTERN);

  private ListTransactionsRequest() {}

  static ListTransactionsQuery parse(APIGatewayV2HTTPEvent request) {
    Map<String, String> query =
        Optional.ofNullable(request.getQueryStringParameters()).orElse(Map.of());
    List<FieldError> errors = new ArrayList<>();
    Optional<String> account =
        check(
            query,
            "account",
            text -> ResourceIds.isToken(text, TransactionMembers.MAX_ACCOUNT_ID_LENGTH),
            TransactionMembers.ACCOUNT_ID_RULE,
            errors);
    Optional<LocalDate> from = date(query, "from", errors);
    Optional<LocalDate> to = date(query, "to", errors);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      errors.add(new FieldError("/query/to", "must be on or after from"));
    }
    Optional<String> category =
        check(
            query,
            "category",
            text ->
                text.codePointCount(0, text.length()) <= TransactionMembers.MAX_CATEGORY_LENGTH
                    && NOT_BLANK.matcher(text).find(),
            "must be 1 to " + TransactionMembers.MAX_CATEGORY_LENGTH + " characters, not blank",
            errors);
    Optional<Direction> direction =
        check(
                query,
                "direction",
                text -> Direction.of(text).isPresent(),
                "must be credit or debit",
                errors)
            .flatMap(Direction::of);
    Optional<BigDecimal> min = amount(query, "min_amount", errors);
    Optional<BigDecimal> max = amount(query, "max_amount", errors);
    if (min.isPresent() && max.isPresent() && max.get().compareTo(min.get()) < 0) {
      errors.add(new FieldError("/query/max_amount", "must be at least min_amount"));
    }
    int limit = limit(query, errors);
    Optional<String> after =
        check(
                query,
                "cursor",
                text -> TransactionCursor.afterId(text).isPresent(),
                "must be a cursor from a next link of this list",
                errors)
            .flatMap(TransactionCursor::afterId);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new ListTransactionsQuery(
        account, from, to, category, direction, min, max, after, limit);
  }

  private static Optional<String> check(
      Map<String, String> query,
      String name,
      java.util.function.Predicate<String> valid,
      String rule,
      List<FieldError> errors) {
    String text = query.get(name);
    if (text == null) {
      return Optional.empty();
    }
    if (!valid.test(text)) {
      errors.add(new FieldError("/query/" + name, rule));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private static Optional<LocalDate> date(
      Map<String, String> query, String name, List<FieldError> errors) {
    return check(
            query, name, ListTransactionsRequest::isDate, "must be a date as YYYY-MM-DD", errors)
        .map(LocalDate::parse);
  }

  static boolean isDate(String text) {
    if (text.length() != 10) {
      return false;
    }
    try {
      LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static Optional<BigDecimal> amount(
      Map<String, String> query, String name, List<FieldError> errors) {
    return check(
            query,
            name,
            text -> AMOUNT.matcher(text).matches(),
            "must be a decimal string >= 0 with at most 2 decimals",
            errors)
        .map(BigDecimal::new);
  }

  private static int limit(Map<String, String> query, List<FieldError> errors) {
    String text = query.get("limit");
    if (text == null) {
      return ListTransactionsQuery.DEFAULT_LIMIT;
    }
    OptionalInt number = AsciiText.wholeNumber(text);
    if (number.isEmpty()
        || number.getAsInt() < 1
        || number.getAsInt() > ListTransactionsQuery.MAX_LIMIT) {
      errors.add(
          new FieldError(
              "/query/limit",
              "must be a whole number from 1 to " + ListTransactionsQuery.MAX_LIMIT));
      return ListTransactionsQuery.DEFAULT_LIMIT;
    }
    return number.getAsInt();
  }
}
