package com.finflow.cashflow;

import com.finflow.shared.failure.Conflict;
import java.time.LocalDate;
import java.util.Map;

/**
 * A new rate period would change the rate of rows already counted at another one: answers stay
 * independent of arrival order by refusing it rather than converting those rows again.
 */
public final class RatePeriodInUse extends Conflict {

  public RatePeriodInUse(String currency, LocalDate firstDayInUse) {
    super(
        "exchange-rate-period-in-use",
        "transactions in "
            + currency
            + " on "
            + firstDayInUse
            + " already count at the rate in force then; a period covering that day cannot be added",
        Map.of("currency", currency, "first_day_in_use", firstDayInUse.toString()));
  }
}
