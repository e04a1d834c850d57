package com.finflow.cashflow;

import com.finflow.shared.Caller;
import com.finflow.shared.failure.Conflict;
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
 * held for it, asynchronously. The addition holds only while the book, and the rows counted in the
 * currency, are as this request read them: rows converted meanwhile are seen, never overtaken.
 */
public final class PutExchangeRate {

  /** Readings of the book and usage before giving up on a currency that never stands still. */
  static final int ATTEMPTS = 20;

  private final ExchangeRates rates;
  private final ReleaseRequests releases;

  public PutExchangeRate(ExchangeRates rates, ReleaseRequests releases) {
    this.rates = rates;
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
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      RateBook book = rates.book(organizationId);
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
      CurrencyUsage usage = CurrencyUsage.unread();
      if (coveredBefore) {
        usage = rates.usage(organizationId, rate.currency());
        refuseIfInUse(rate, book, usage);
      }
      if (rates.add(organizationId, rate, book, usage)) {
        if (!coveredBefore) {
          releases.request(organizationId, rate.currency(), rate.start());
        }
        return rate;
      }
      // Added by a concurrent request, or rows converted meanwhile: read both again.
    }
    throw new Conflict(
        "the rates or the counted rows of "
            + rate.currency()
            + " kept changing while this period was added; send it again");
  }

  private static void refuseIfInUse(ExchangeRate rate, RateBook book, CurrencyUsage usage) {
    Optional<LocalDate> until = book.nextStartAfter(rate.currency(), rate.start());
    for (Map.Entry<LocalDate, Long> day : usage.rowsPerDay().entrySet()) {
      LocalDate used = day.getKey();
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
