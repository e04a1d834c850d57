package com.finflow.personal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated value of an account on a day, before it is checked against the account: whether a
 * cash balance belongs, and how many decimals its currency allows.
 */
public record NewAccountValue(
    LocalDate date, BigDecimal balance, Optional<BigDecimal> cashBalance) {

  public NewAccountValue {
    Objects.requireNonNull(date);
    Objects.requireNonNull(balance);
    Objects.requireNonNull(cashBalance);
  }
}
