package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.MutableClock;
import com.finflow.shared.failure.InvalidInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A book worked out by hand: rates of 20 November 2026 at 1.05 USD and 160 JPY per euro (so one
 * dollar is 0.9523809524 EUR to ten digits, one yen 0.00625 EUR), closes from {@link
 * SandboxLikeSource} (IBM 13.20 USD, SAP.DEX 17.20 EUR, 7203.TYO 18.20 JPY on the 20th).
 */
class GetPortfolioTest {

  private static final String ME = "user-1";
  private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  private final SandboxLikeSource source = new SandboxLikeSource();
  private final InMemoryPriceCache cache = new InMemoryPriceCache();
  private final MutableClock clock = new MutableClock(NOW);
  private final InMemoryReferenceRates rates = new InMemoryReferenceRates();
  private final InMemoryPersonal profiles = new InMemoryPersonal();

  private final Account checking = account("chk", AccountKind.CHECKING, "EUR");
  private final Account card = account("card", AccountKind.CREDIT_CARD, "USD");
  private final Account broker = account("brk", AccountKind.INVESTMENT, "EUR");

  private final FixedBook book =
      new FixedBook(
          List.of(checking, card, broker),
          List.of(
              value("chk", "2026-11-18", "1000.50", null),
              value("chk", "2026-11-21", "99999.00", null),
              value("card", "2026-11-19", "210.00", null),
              value("brk", "2026-11-20", "5000.00", "1200.00")),
          List.of(
              holding("h1", "IBM", "10", "1500.00", "USD"),
              holding("h2", "SAP.DEX", "3", "400.00", "EUR"),
              holding("h3", "7203.TYO", "100", "200000", "JPY")));

  GetPortfolioTest() {
    rates.saveAll(
        List.of(
            DailyRates.of(
                LocalDate.of(2026, 11, 20),
                Map.of("USD", new BigDecimal("1.05"), "JPY", new BigDecimal("160")))));
  }

  private GetPortfolio getPortfolio(PortfolioBook book) {
    return new GetPortfolio(
        profiles,
        book,
        new CachedSecurityDirectory(source, cache, clock),
        new SecurityPrices(source, cache, clock),
        rates,
        clock);
  }

  @Test
  void valuesEveryAccountAndHoldingOnTheDayAsWorkedOutByHand() {
    Portfolio portfolio = getPortfolio(book).on(ME, Optional.of(LocalDate.of(2026, 11, 20)));

    assertThat(portfolio.currency()).isEqualTo("EUR");
    assertThat(portfolio.ratesPublished()).contains(LocalDate.of(2026, 11, 20));
    Portfolio.AccountValuation cash = portfolio.accounts().get(0);
    // The value dated the 21st is after the day asked: the 18th's is the balance.
    assertThat(cash.balance()).contains(new BigDecimal("1000.50"));
    Portfolio.AccountValuation owed = portfolio.accounts().get(1);
    assertThat(owed.balance()).contains(new BigDecimal("200.00"));
    assertThat(owed.netWorth()).isEqualByComparingTo("-200.00");
    Portfolio.AccountValuation invested = portfolio.accounts().get(2);
    assertThat(invested.holdings())
        .extracting(h -> h.value().orElseThrow().toPlainString())
        .containsExactly("125.71", "51.60", "11.38");
    assertThat(invested.holdings())
        .extracting(h -> h.gain().orElseThrow().toPlainString())
        .containsExactly("-1302.86", "-348.40", "-1238.62");
    assertThat(invested.holdings().get(0).marketValue()).contains(new BigDecimal("132.00"));
    assertThat(invested.cash()).contains(new BigDecimal("1200.00"));
    assertThat(invested.netWorth().toPlainString()).isEqualTo("1388.69");
    Portfolio.Totals totals = portfolio.totals();
    assertThat(totals.balances().toPlainString()).isEqualTo("800.50");
    assertThat(totals.holdingsValue().toPlainString()).isEqualTo("188.69");
    assertThat(totals.cost().toPlainString()).isEqualTo("3078.57");
    assertThat(totals.gain().toPlainString()).isEqualTo("-2889.88");
    assertThat(totals.netWorth().toPlainString()).isEqualTo("2189.19");
    assertThat(portfolio.unvalued()).isEmpty();
  }

  @Test
  void aWeekendOrTheFirstOfAMonthTakesTheLastCloseBeforeIt() {
    // Sunday 1 November: November has no bar yet, so October's last (Friday the 30th).
    Portfolio portfolio = getPortfolio(book).on(ME, Optional.of(LocalDate.of(2026, 11, 1)));

    Portfolio.HoldingValuation ibm = portfolio.accounts().get(2).holdings().get(0);
    assertThat(ibm.close().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 10, 30));
    assertThat(ibm.close().orElseThrow().close())
        .isEqualTo(SandboxLikeSource.close("IBM", LocalDate.of(2026, 10, 30)));
  }

  @Test
  void inAnotherPrimaryCurrencyEveryFigureIsConvertedFromItsOwn() {
    profiles.save(ME, new Profile("JPY", ZoneId.of("Asia/Tokyo")));

    Portfolio portfolio = getPortfolio(book).on(ME, Optional.of(LocalDate.of(2026, 11, 20)));

    // 1.05 USD and 160 JPY per euro: one dollar is 152.3809524 yen; yen have no decimals.
    assertThat(portfolio.accounts().get(1).balance()).contains(new BigDecimal("32000"));
    assertThat(portfolio.accounts().get(2).holdings().get(2).value())
        .contains(new BigDecimal("1820"));
    assertThat(portfolio.accounts().get(2).holdings().get(0).value())
        .contains(new BigDecimal("20114"));
  }

  @Test
  void whatHasNoPriceOrNoRateIsListedAndLeftOutOfTheTotals() {
    FixedBook withUnknown =
        new FixedBook(
            List.of(broker),
            List.of(),
            List.of(
                holding("h1", "IBM", "10", "1500.00", "USD"),
                holding("h9", "NOPE", "1", "1.00", "EUR")));

    Portfolio portfolio = getPortfolio(withUnknown).on(ME, Optional.of(LocalDate.of(2026, 11, 20)));

    assertThat(portfolio.unvalued())
        .containsExactly(new Portfolio.Unvalued("holding", "h9", "unknown_security"));
    assertThat(portfolio.totals().holdingsValue().toPlainString()).isEqualTo("125.71");
    assertThat(portfolio.totals().cost().toPlainString()).isEqualTo("1428.57");
  }

  @Test
  void anotherUsersBookIsNotTheirs() {
    Portfolio portfolio = getPortfolio(book).on("user-2", Optional.of(LocalDate.of(2026, 11, 20)));

    assertThat(portfolio.accounts()).isEmpty();
    assertThat(portfolio.totals().netWorth().toPlainString()).isEqualTo("0.00");
  }

  @Test
  void aDayAfterTodayInTheUsersZoneIsRefused() {
    assertThatThrownBy(() -> getPortfolio(book).on(ME, Optional.of(LocalDate.of(2026, 11, 22))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("/query/at");
  }

  private static Account account(String id, AccountKind kind, String currency) {
    return new Account(id, ME, id, kind, currency, Optional.empty(), T, T);
  }

  private static AccountValue value(String account, String day, String balance, String cash) {
    return new AccountValue(
        account,
        LocalDate.parse(day),
        new BigDecimal(balance),
        Optional.ofNullable(cash).map(BigDecimal::new),
        T);
  }

  private static Holding holding(
      String id, String symbol, String quantity, String cost, String currency) {
    return new Holding(
        id, ME, "brk", symbol, new BigDecimal(quantity), new BigDecimal(cost), currency, T, T);
  }
}
