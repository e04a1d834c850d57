package com.finflow.localstack.cashflow.fold;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** EUR amounts as the answers write them: two decimals. */
final class Cents {

  static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private Cents() {}

  static BigDecimal of(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  static String text(BigDecimal amount) {
    return of(amount).toPlainString();
  }
}
