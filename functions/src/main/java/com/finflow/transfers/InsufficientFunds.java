package com.finflow.transfers;

import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.money.Money;
import java.util.Map;

/** The account's available funds do not cover the bulk's total; nothing was reserved. */
public final class InsufficientFunds extends InvalidInput {

  public InsufficientFunds(Money available, Money requested) {
    super(
        "insufficient-funds",
        "the account has "
            + available.toDecimalString()
            + " available but the bulk needs "
            + requested.toDecimalString(),
        Map.of(
            "available",
            available.toDecimalString(),
            "requested",
            requested.toDecimalString(),
            "currency",
            requested.currency().getCurrencyCode()));
  }
}
