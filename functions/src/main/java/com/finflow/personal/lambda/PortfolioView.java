package com.finflow.personal.lambda;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.finflow.personal.Portfolio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /me/portfolio} on the wire: figures in {@code currency} as exact decimal strings, an
 * account's own value and a holding's market value and close in their own currencies; a figure that
 * could not be computed is null.
 */
record PortfolioView(
    LocalDate at,
    String currency,
    @JsonInclude(Include.ALWAYS) Optional<LocalDate> ratesPublished,
    List<AccountLine> accounts,
    Totals totals,
    List<Portfolio.Unvalued> unvalued) {

  record AccountLine(
      String accountId,
      String name,
      String kind,
      String accountCurrency,
      @JsonInclude(Include.ALWAYS) Optional<Value> value,
      @JsonInclude(Include.ALWAYS) Optional<String> balance,
      @JsonInclude(Include.ALWAYS) Optional<String> cash,
      List<HoldingLine> holdings,
      String holdingsValue,
      String cost,
      String gain,
      String netWorth) {}

  /** The account's newest value on or before the day, in the account's currency. */
  record Value(
      LocalDate date, String balance, @JsonInclude(Include.ALWAYS) Optional<String> cashBalance) {}

  record HoldingLine(
      String holdingId,
      String symbol,
      String quantity,
      @JsonInclude(Include.ALWAYS) Optional<Close> close,
      @JsonInclude(Include.ALWAYS) Optional<String> marketValue,
      @JsonInclude(Include.ALWAYS) Optional<String> value,
      String costBasis,
      String costCurrency,
      @JsonInclude(Include.ALWAYS) Optional<String> cost,
      @JsonInclude(Include.ALWAYS) Optional<String> gain) {}

  /** The close a holding is valued at, in the security's currency. */
  record Close(LocalDate date, String price, String currency) {}

  record Totals(
      String balances,
      String cash,
      String holdingsValue,
      String cost,
      String gain,
      String netWorth) {}

  static PortfolioView of(Portfolio portfolio) {
    return new PortfolioView(
        portfolio.at(),
        portfolio.currency(),
        portfolio.ratesPublished(),
        portfolio.accounts().stream().map(PortfolioView::line).toList(),
        new Totals(
            text(portfolio.totals().balances()),
            text(portfolio.totals().cash()),
            text(portfolio.totals().holdingsValue()),
            text(portfolio.totals().cost()),
            text(portfolio.totals().gain()),
            text(portfolio.totals().netWorth())),
        portfolio.unvalued());
  }

  private static AccountLine line(Portfolio.AccountValuation account) {
    return new AccountLine(
        account.account().id(),
        account.account().name(),
        account.account().kind().wireName(),
        account.account().currency(),
        account
            .value()
            .map(
                value ->
                    new Value(
                        value.date(),
                        text(value.balance()),
                        value.cashBalance().map(PortfolioView::text))),
        account.balance().map(PortfolioView::text),
        account.cash().map(PortfolioView::text),
        account.holdings().stream().map(PortfolioView::line).toList(),
        text(account.holdingsValue()),
        text(account.cost()),
        text(account.gain()),
        text(account.netWorth()));
  }

  private static HoldingLine line(Portfolio.HoldingValuation holding) {
    return new HoldingLine(
        holding.holding().id(),
        holding.holding().symbol(),
        text(holding.holding().quantity()),
        holding
            .close()
            .map(
                bar ->
                    new Close(
                        bar.date(),
                        text(bar.close()),
                        holding.security().orElseThrow().currency())),
        holding.marketValue().map(PortfolioView::text),
        holding.value().map(PortfolioView::text),
        text(holding.holding().costBasis()),
        holding.holding().costCurrency(),
        holding.costValue().map(PortfolioView::text),
        holding.gain().map(PortfolioView::text));
  }

  private static String text(BigDecimal figure) {
    return figure.toPlainString();
  }
}
