package com.finflow.personal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a valuation reads of one user's book: their accounts, values and holdings. */
public interface PortfolioBook {

  List<Account> accounts(String userId);

  /** The account's newest value dated on or before {@code day}. */
  Optional<AccountValue> valueOn(String userId, String accountId, LocalDate day);

  List<Holding> holdings(String userId);
}
