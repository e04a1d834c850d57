package com.finflow.personal;

import com.finflow.shared.failure.Conflict;
import java.util.Map;

/** An account that still holds securities is not removed; nothing was deleted. */
public final class AccountHasHoldings extends Conflict {

  public AccountHasHoldings(String accountId) {
    super(
        "account-has-holdings",
        "account " + accountId + " still has holdings; remove them first",
        Map.of("account_id", accountId));
  }
}
