package com.finflow.personal;

import com.finflow.shared.Caller;
import java.math.BigDecimal;
import java.time.Clock;

/** Changes the quantity or cost of one of the caller's holdings. */
public final class ChangeHolding {

  private final Holdings holdings;
  private final Clock clock;

  public ChangeHolding(Holdings holdings, Clock clock) {
    this.holdings = holdings;
    this.clock = clock;
  }

  /**
   * The changed holding; {@link AmountTooPrecise} when the stored cost basis has more decimals than
   * a new cost currency has (a body naming both is checked when it is parsed).
   */
  public HoldingView change(Caller caller, String id, HoldingChange change) {
    Holding current = holdings.holding(caller.userId(), id).orElseThrow(NoSuchHolding::new);
    String currency = change.costCurrency().orElse(current.costCurrency());
    BigDecimal costBasis = change.costBasis().orElse(current.costBasis());
    int decimals = Currencies.of(currency).orElseThrow().minorUnits();
    if (costBasis.stripTrailingZeros().scale() > decimals) {
      throw new AmountTooPrecise(costBasis.toPlainString(), currency, decimals);
    }
    Holding changed =
        new Holding(
            current.id(),
            current.userId(),
            current.accountId(),
            current.symbol(),
            change.quantity().orElse(current.quantity()),
            costBasis,
            currency,
            current.createdAt(),
            clock.instant());
    if (!holdings.replace(changed)) {
      throw new NoSuchHolding();
    }
    return HoldingView.of(changed);
  }
}
