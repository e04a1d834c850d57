package com.finflow.personal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A user's accounts and holdings valued on a day, in their primary currency: each figure converted
 * once, at the reference rates of that day (the last published on or before it), half-even to the
 * currency's minor units; totals add the rounded figures. What cannot be valued (no price, no rate)
 * is listed in {@code unvalued} and counts in no total.
 */
public record Portfolio(
    LocalDate at,
    String currency,
    Optional<LocalDate> ratesPublished,
    List<AccountValuation> accounts,
    Totals totals,
    List<Unvalued> unvalued) {

  /**
   * One account on the day: its newest value on or before it, and for an investment account its
   * holdings. {@code netWorth} is what the account adds to the user's net worth: a checking or
   * savings balance, minus a credit card's balance (what is owed), and for an investment account
   * its cash plus its holdings at market (its recorded balance, which a broker reports including
   * the holdings, is shown but not added, so nothing counts twice).
   */
  public record AccountValuation(
      Account account,
      Optional<AccountValue> value,
      Optional<BigDecimal> balance,
      Optional<BigDecimal> cash,
      List<HoldingValuation> holdings,
      BigDecimal holdingsValue,
      BigDecimal cost,
      BigDecimal gain,
      BigDecimal netWorth) {}

  /**
   * A holding at the day's close (or the last close before it): {@code marketValue} is quantity
   * times close in the security's currency, exactly; {@code value} and {@code costValue} are in the
   * primary currency.
   */
  public record HoldingValuation(
      Holding holding,
      Optional<Security> security,
      Optional<DailyBar> close,
      Optional<BigDecimal> marketValue,
      Optional<BigDecimal> value,
      Optional<BigDecimal> costValue,
      Optional<BigDecimal> gain) {}

  /** Sums over every valued account and holding. */
  public record Totals(
      BigDecimal balances,
      BigDecimal cash,
      BigDecimal holdingsValue,
      BigDecimal cost,
      BigDecimal gain,
      BigDecimal netWorth) {}

  /**
   * Something left out of the totals, and why ({@code no_price}, {@code no_exchange_rate}, ...).
   */
  public record Unvalued(String kind, String id, String reason) {}
}
