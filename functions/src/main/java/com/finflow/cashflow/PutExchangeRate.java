package com.finflow.cashflow;

import com.finflow.shared.Caller;
import com.finflow.shared.failure.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Adds a rate period of a currency (admins only). Periods are only added: the same period again is
 * accepted and changes nothing; other rates for an existing period are refused. A period that would
 * change the rate of rows already counted is refused too, so the answers never depend on whether a
 * rate came before or after the rows. A period covering days that had no rate releases the rows
 * held for it, asynchronously.
 */
public final class PutExchangeRate {

  private final ExchangeRates rates;
  private final Aggregates aggregates;
  private final ReleaseRequests releases;

  public PutExchangeRate(ExchangeRates rates, Aggregates aggregates, ReleaseRequests releases) {
    this.rates = rates;
    this.aggregates = aggregates;
    this.releases = releases;
  }

  public ExchangeRate put(Caller caller, ExchangeRate rate) {
    caller.requireAdmin();
    String organizationId = caller.organizationId();
    if (RateBook.EUR.equals(rate.currency())) {
      if (rate.eurRate().compareTo(BigDecimal.ONE) != 0) {
        throw InvalidInput.of("/eur_rate", "must be 1: EUR is always worth 1 EUR");
      }
      return rate;
    }
    RateBook book = new RateBook(rates.all(organizationId));
    Optional<ExchangeRate> same = book.startingOn(rate.currency(), rate.start());
    if (same.isPresent()) {
      if (!same.get().sameAs(rate)) {
        throw new RatePeriodExists(rate.currency(), startText(rate));
      }
      // A repeated request: ask again in case the first release did not finish.
      releases.request(organizationId, rate.currency(), rate.start());
      return same.get();
    }
    boolean coveredBefore = book.in(rate.currency(), rate.start()).isPresent();
    if (coveredBefore) {
      refuseIfInUse(organizationId, rate, book);
    }
    if (!rates.add(organizationId, rate)) {
      // Added by a concurrent request meanwhile: answer as for a repeated one.
      return put(caller, rate);
    }
    if (!coveredBefore) {
      releases.request(organizationId, rate.currency(), rate.start());
    }
    return rate;
  }

  private void refuseIfInUse(String organizationId, ExchangeRate rate, RateBook book) {
    Optional<LocalDate> until = book.nextStartAfter(rate.currency(), rate.start());
    AggregateKey usageKey = new AggregateKey.RateUsage(rate.currency());
    Figures usage =
        aggregates
            .read(organizationId, java.util.List.of(usageKey))
            .getOrDefault(usageKey, new Figures());
    for (Map.Entry<String, Long> day : usage.asMap().entrySet()) {
      LocalDate used = LocalDate.parse(day.getKey().substring(1));
      boolean inRange = !used.isBefore(rate.start()) && until.map(used::isBefore).orElse(true);
      if (inRange && day.getValue() > 0) {
        throw new RatePeriodInUse(rate.currency(), used);
      }
    }
  }

  private static String startText(ExchangeRate rate) {
    return rate.validFrom().map(LocalDate::toString).orElse("(every date)");
  }
}
