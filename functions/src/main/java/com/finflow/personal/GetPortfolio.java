package com.finflow.personal;

import com.finflow.shared.failure.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /me/portfolio?at=}: the caller's accounts and holdings valued on a day of their own
 * calendar (today when none is given), in their primary currency.
 */
public final class GetPortfolio {

  private final Profiles profiles;
  private final PortfolioBook book;
  private final SecurityDirectory directory;
  private final SecurityPrices prices;
  private final ReferenceRates rates;
  private final Clock clock;

  public GetPortfolio(
      Profiles profiles,
      PortfolioBook book,
      SecurityDirectory directory,
      SecurityPrices prices,
      ReferenceRates rates,
      Clock clock) {
    this.profiles = profiles;
    this.book = book;
    this.directory = directory;
    this.prices = prices;
    this.rates = rates;
    this.clock = clock;
  }

  public Portfolio on(String userId, Optional<LocalDate> asked) {
    Profile profile = profiles.find(userId).orElse(Profile.DEFAULT);
    LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
    LocalDate at = asked.orElse(today);
    if (at.isAfter(today)) {
      throw InvalidInput.of(
          "/query/at", "must not be after today (" + today + ") in your time zone");
    }
    Conversion conversion = new Conversion(profile.primaryCurrency(), rates.latestOnOrBefore(at));
    List<Portfolio.Unvalued> unvalued = new ArrayList<>();
    List<Holding> holdings = book.holdings(userId);
    List<Portfolio.AccountValuation> accounts = new ArrayList<>();
    for (Account account : book.accounts(userId)) {
      List<Portfolio.HoldingValuation> valued =
          holdings.stream()
              .filter(holding -> holding.accountId().equals(account.id()))
              .map(holding -> value(holding, at, conversion, unvalued))
              .toList();
      accounts.add(account(userId, account, at, valued, conversion, unvalued));
    }
    return new Portfolio(
        at,
        profile.primaryCurrency(),
        conversion.published(),
        accounts,
        totals(accounts, conversion.zero()),
        unvalued);
  }

  private Portfolio.AccountValuation account(
      String userId,
      Account account,
      LocalDate at,
      List<Portfolio.HoldingValuation> holdings,
      Conversion conversion,
      List<Portfolio.Unvalued> unvalued) {
    Optional<AccountValue> value = book.valueOn(userId, account.id(), at);
    Optional<BigDecimal> balance =
        value.flatMap(v -> conversion.toPrimary(v.balance(), account.currency()));
    Optional<BigDecimal> cash =
        value
            .flatMap(v -> v.cashBalance())
            .flatMap(c -> conversion.toPrimary(c, account.currency()));
    if (value.isPresent() && balance.isEmpty()) {
      unvalued.add(new Portfolio.Unvalued("account", account.id(), "no_exchange_rate"));
    }
    BigDecimal zero = conversion.zero();
    BigDecimal holdingsValue = sum(holdings.stream().map(h -> h.value()).toList(), zero);
    BigDecimal cost =
        sum(
            holdings.stream().filter(h -> h.value().isPresent()).map(h -> h.costValue()).toList(),
            zero);
    BigDecimal gain = sum(holdings.stream().map(h -> h.gain()).toList(), zero);
    BigDecimal netWorth =
        switch (account.kind()) {
          case INVESTMENT -> cash.orElse(zero).add(holdingsValue);
          case CREDIT_CARD -> balance.orElse(zero).negate();
          case CHECKING, SAVINGS -> balance.orElse(zero);
        };
    return new Portfolio.AccountValuation(
        account, value, balance, cash, holdings, holdingsValue, cost, gain, netWorth);
  }

  private Portfolio.HoldingValuation value(
      Holding holding, LocalDate at, Conversion conversion, List<Portfolio.Unvalued> unvalued) {
    Optional<Security> security = directory.find(holding.symbol());
    Optional<DailyBar> close = security.flatMap(s -> lastClose(s.symbol(), at));
    Optional<BigDecimal> marketValue = close.map(bar -> holding.quantity().multiply(bar.close()));
    Optional<BigDecimal> value =
        marketValue.flatMap(amount -> conversion.toPrimary(amount, security.get().currency()));
    Optional<BigDecimal> costValue =
        conversion.toPrimary(holding.costBasis(), holding.costCurrency());
    if (security.isEmpty()) {
      unvalued.add(new Portfolio.Unvalued("holding", holding.id(), "unknown_security"));
    } else if (close.isEmpty()) {
      unvalued.add(new Portfolio.Unvalued("holding", holding.id(), "no_price"));
    } else if (value.isEmpty() || costValue.isEmpty()) {
      unvalued.add(new Portfolio.Unvalued("holding", holding.id(), "no_exchange_rate"));
    }
    Optional<BigDecimal> gain =
        value.isPresent() && costValue.isPresent()
            ? Optional.of(value.get().subtract(costValue.get()))
            : Optional.empty();
    return new Portfolio.HoldingValuation(
        holding,
        security,
        close,
        marketValue,
        value,
        value.isPresent() ? costValue : Optional.empty(),
        gain);
  }

  /**
   * The day's close, or the last one before it: this month's bars first, the month before only when
   * this month has none on or before the day, so most valuations read one month.
   */
  private Optional<DailyBar> lastClose(String symbol, LocalDate at) {
    List<DailyBar> month = prices.daily(symbol, at.withDayOfMonth(1), at);
    if (!month.isEmpty()) {
      return Optional.of(month.getLast());
    }
    LocalDate before = at.withDayOfMonth(1).minusDays(1);
    List<DailyBar> earlier = prices.daily(symbol, before.withDayOfMonth(1), before);
    return earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.getLast());
  }

  private static Portfolio.Totals totals(
      List<Portfolio.AccountValuation> accounts, BigDecimal zero) {
    BigDecimal balances = zero;
    BigDecimal cash = zero;
    BigDecimal holdings = zero;
    BigDecimal cost = zero;
    BigDecimal gain = zero;
    BigDecimal netWorth = zero;
    for (Portfolio.AccountValuation account : accounts) {
      if (account.account().kind() != AccountKind.INVESTMENT) {
        balances = balances.add(account.netWorth());
      }
      cash = cash.add(account.cash().orElse(zero));
      holdings = holdings.add(account.holdingsValue());
      cost = cost.add(account.cost());
      gain = gain.add(account.gain());
      netWorth = netWorth.add(account.netWorth());
    }
    return new Portfolio.Totals(balances, cash, holdings, cost, gain, netWorth);
  }

  private static BigDecimal sum(List<Optional<BigDecimal>> figures, BigDecimal zero) {
    BigDecimal total = zero;
    for (Optional<BigDecimal> figure : figures) {
      total = total.add(figure.orElse(zero));
    }
    return total;
  }

  /** Amounts into the primary currency at one day's rates, each rounded once, half-even. */
  private record Conversion(String primary, Optional<DailyRates> day) {

    Optional<LocalDate> published() {
      return day.map(DailyRates::published);
    }

    BigDecimal zero() {
      return BigDecimal.ZERO.setScale(minorUnits());
    }

    Optional<BigDecimal> toPrimary(BigDecimal amount, String currency) {
      if (currency.equals(primary)) {
        return Optional.of(amount.setScale(minorUnits(), RoundingMode.HALF_EVEN));
      }
      return day.flatMap(rates -> CrossRates.rate(currency, primary, rates))
          .map(rate -> amount.multiply(rate).setScale(minorUnits(), RoundingMode.HALF_EVEN));
    }

    private int minorUnits() {
      return Currencies.of(primary).orElseThrow().minorUnits();
    }
  }
}
