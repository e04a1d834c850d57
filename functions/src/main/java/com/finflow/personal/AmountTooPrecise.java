package com.finflow.personal;

import com.finflow.shared.failure.Conflict;
import java.util.Map;

/**
 * A change would leave a transaction with more decimals than its currency has, such as a currency
 * change to JPY of a transaction of 10.50: a clash with the stored amount, not a malformed body.
 */
public final class AmountTooPrecise extends Conflict {

  public AmountTooPrecise(String amount, String currency, int decimals) {
    super(
        "amount-too-precise-for-currency",
        "the amount " + amount + " has more decimals than " + currency + " has (" + decimals + ")",
        Map.of("amount", amount, "currency", currency));
  }
}
