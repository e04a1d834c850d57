package com.finflow.personal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A validated holding to add: a quantity above zero, a cost basis of zero or more with no more
 * decimals than its currency has. Whether the account and the symbol exist is checked by the use
 * case.
 */
public record NewHolding(
    String accountId,
    String symbol,
    BigDecimal quantity,
    BigDecimal costBasis,
    String costCurrency) {

  public NewHolding {
    Objects.requireNonNull(accountId);
    Objects.requireNonNull(symbol);
    if (quantity.signum() <= 0 || costBasis.signum() < 0) {
      throw new IllegalArgumentException("a holding has a quantity and no negative cost");
    }
    if (Currencies.of(costCurrency).isEmpty()) {
      throw new IllegalArgumentException("not a listed currency: " + costCurrency);
    }
  }
}
