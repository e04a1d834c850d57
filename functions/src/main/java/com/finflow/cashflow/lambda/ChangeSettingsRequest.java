package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.cashflow.CashflowSettings;
import com.finflow.cashflow.InterestRates;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.FieldPatterns;
import com.finflow.shared.http.RequestBodies;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code PUT /cashflow/settings}: any of the settings, at least one. */
final class ChangeSettingsRequest {

  private static final Pattern RATE = Pattern.compile(FieldPatterns.INTEREST_RATE);
  private static final int MAX_RATE_LENGTH = 8;

  private ChangeSettingsRequest() {}

  static CashflowSettings.Change parse(APIGatewayV2HTTPEvent request) {
    BodyFields fields = new BodyFields(RequestBodies.objectOf(request));
    Optional<Boolean> strict = fields.optionalBoolean("strict_ibans");
    Optional<BigDecimal> credit = rate(fields, "credit_rate");
    Optional<BigDecimal> debit = rate(fields, "debit_rate");
    if (fields.valid() && strict.isEmpty() && credit.isEmpty() && debit.isEmpty()) {
      fields.reject("strict_ibans", "is required unless credit_rate or debit_rate is given");
    }
    fields.throwIfInvalid();
    return new CashflowSettings.Change(strict, credit, debit);
  }

  private static Optional<BigDecimal> rate(BodyFields fields, String name) {
    Optional<String> text = fields.optionalText(name, MAX_RATE_LENGTH);
    if (text.isPresent() && !RATE.matcher(text.get()).matches()) {
      fields.reject(
          name,
          "must be a yearly rate as a decimal string from \"0\" to \"1\" with at most "
              + InterestRates.MAX_DECIMALS
              + " decimals, such as \"0.015\" for 1.5%");
      return Optional.empty();
    }
    return text.map(BigDecimal::new);
  }
}
