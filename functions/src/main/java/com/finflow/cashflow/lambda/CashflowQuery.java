package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.FieldPatterns;
import com.finflow.shared.ids.ResourceIds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Path and query parameters of the cashflow routes, each problem collected by JSON Pointer. */
final class CashflowQuery {

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern ACCOUNT = Pattern.compile(FieldPatterns.ELECTRONIC_IBAN);
  private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,1400}");

  private final Map<String, String> path;
  private final Map<String, String> query;
  private final List<FieldError> errors;

  CashflowQuery(APIGatewayV2HTTPEvent event, List<FieldError> errors) {
    this.path = Optional.ofNullable(event.getPathParameters()).orElse(Map.of());
    this.query = Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of());
    this.errors = errors;
  }

  /** The company id of the path. */
  String companyId() {
    return token(path.get("company_id"), "/path/company_id").orElse("");
  }

  /** The feed id of the path. */
  String feedId() {
    return token(path.get("feed_id"), "/path/feed_id").orElse("");
  }

  Optional<String> optionalCompanyId() {
    return Optional.ofNullable(query.get("company_id"))
        .flatMap(id -> token(id, "/query/company_id"));
  }

  /** The optional {@code account} of a series: an IBAN in electronic form. */
  Optional<String> account() {
    Optional<String> account = text("account");
    if (account.isPresent() && !ACCOUNT.matcher(account.get()).matches()) {
      errors.add(new FieldError("/query/account", "must be an IBAN of the company"));
      return Optional.empty();
    }
    return account;
  }

  Optional<String> text(String name) {
    return Optional.ofNullable(query.get(name));
  }

  Optional<String> cursor() {
    Optional<String> cursor = text("cursor");
    if (cursor.isPresent() && !CURSOR.matcher(cursor.get()).matches()) {
      errors.add(new FieldError("/query/cursor", "is not a cursor of this listing"));
      return Optional.empty();
    }
    return cursor;
  }

  LocalDate date(String name) {
    String text = query.get(name);
    if (text == null) {
      errors.add(new FieldError("/query/" + name, "is required: a date such as 2024-03-07"));
      return LocalDate.EPOCH;
    }
    try {
      if (DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // Reported below.
    }
    errors.add(new FieldError("/query/" + name, "must be a date such as 2024-03-07"));
    return LocalDate.EPOCH;
  }

  Instant instant(String name) {
    String text = query.get(name);
    try {
      if (text != null) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      }
    } catch (DateTimeParseException e) {
      // Reported below.
    }
    errors.add(
        new FieldError(
            "/query/" + name, "is required: an ISO 8601 instant such as 2024-03-07T10:15:30Z"));
    return Instant.EPOCH;
  }

  private Optional<String> token(String text, String pointer) {
    if (text == null || !ResourceIds.isToken(text, ResourceIds.MAX_TOKEN_LENGTH)) {
      errors.add(
          new FieldError(
              pointer,
              "must be 1 to 128 ASCII letters, digits and . _ : -, starting with a letter or digit"));
      return Optional.empty();
    }
    return Optional.of(text);
  }
}
