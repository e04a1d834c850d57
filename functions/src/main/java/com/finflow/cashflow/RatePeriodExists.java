package com.finflow.cashflow;

import com.finflow.shared.failure.Conflict;
import java.util.Map;

/** A period with this start already holds other rates: periods are only added, never changed. */
public final class RatePeriodExists extends Conflict {

  public RatePeriodExists(String currency, String validFrom) {
    super(
        "exchange-rate-period-exists",
        "a period of " + currency + " starting " + validFrom + " already holds other rates",
        Map.of("currency", currency, "valid_from", validFrom));
  }
}
