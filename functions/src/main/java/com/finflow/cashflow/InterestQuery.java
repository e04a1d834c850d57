package com.finflow.cashflow;

import java.time.LocalDate;
import java.util.Optional;

/** Interest accrued from {@code from} to {@code to} inclusive, for the company or one account. */
public record InterestQuery(
    String companyId, LocalDate from, LocalDate to, Optional<String> account) {

  public InterestQuery {
    BalancesQuery.checkWindow(from, to);
  }
}
