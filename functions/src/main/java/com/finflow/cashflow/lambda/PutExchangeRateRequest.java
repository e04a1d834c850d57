package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.cashflow.ExchangeRate;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.FieldPatterns;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code PUT /cashflow/exchange-rates/{currency}} into an {@link ExchangeRate} period. */
final class PutExchangeRateRequest {

  private static final Pattern RATE = Pattern.compile(FieldPatterns.EXCHANGE_RATE);
  private static final Pattern DATE = Pattern.compile(FieldPatterns.DATE);

  private PutExchangeRateRequest() {}

  static ExchangeRate parse(APIGatewayV2HTTPEvent event) {
    List<FieldError> errors = new ArrayList<>();
    String currency =
        Optional.ofNullable(event.getPathParameters())
            .orElse(Map.of())
            .getOrDefault("currency", "");
    if (Money.currency(currency).isEmpty()) {
      errors.add(new FieldError("/path/currency", "must be an ISO 4217 code such as USD"));
    }
    BodyFields fields = new BodyFields(RequestBodies.objectOf(event));
    BigDecimal eurRate = rate(fields, "eur_rate");
    BigDecimal usdRate = rate(fields, "usd_rate");
    Optional<LocalDate> validFrom = Optional.empty();
    Optional<String> from = fields.optionalText("valid_from", 10);
    if (from.isPresent()) {
      try {
        if (!DATE.matcher(from.get()).matches()) {
          throw new DateTimeParseException("not a date", from.get(), 0);
        }
        validFrom = Optional.of(LocalDate.parse(from.get()));
      } catch (DateTimeParseException e) {
        fields.reject("valid_from", "must be a date such as 2024-03-07");
      }
    }
    Requests.throwIfInvalid(errors, fields);
    return new ExchangeRate(currency, eurRate, usdRate, validFrom);
  }

  private static BigDecimal rate(BodyFields fields, String name) {
    String text = fields.text(name, 17);
    if (!text.isEmpty() && RATE.matcher(text).matches() && new BigDecimal(text).signum() > 0) {
      return new BigDecimal(text);
    }
    if (!text.isEmpty()) {
      fields.reject(name, "must be a decimal string greater than 0, such as \"0.9183\"");
    }
    return BigDecimal.ONE;
  }
}
