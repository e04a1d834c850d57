package com.finflow.cashflow;

/**
 * Exchange rates that run an action once, at one moment of a use case: what a concurrent request
 * would do if it landed exactly there.
 */
final class InterleavedRates implements ExchangeRates {

  private final ExchangeRates rates;
  private int readsBeforeAction;
  private Runnable afterBookRead;
  private Runnable beforeAdd;

  private InterleavedRates(
      ExchangeRates rates, int readsBeforeAction, Runnable afterBookRead, Runnable beforeAdd) {
    this.rates = rates;
    this.readsBeforeAction = readsBeforeAction;
    this.afterBookRead = afterBookRead;
    this.beforeAdd = beforeAdd;
  }

  /** The same ports, but the first read of the rate book is followed by {@code action}. */
  static CashflowPorts afterBookRead(CashflowPorts ports, Runnable action) {
    return afterBookRead(ports, 1, action);
  }

  /** The same ports, but the {@code read}th read of the rate book is followed by {@code action}. */
  static CashflowPorts afterBookRead(CashflowPorts ports, int read, Runnable action) {
    return with(ports, new InterleavedRates(ports.rates(), read, action, () -> {}));
  }

  /** The same ports, but the first addition of a period is preceded by {@code action}. */
  static CashflowPorts beforeAdd(CashflowPorts ports, Runnable action) {
    return with(ports, new InterleavedRates(ports.rates(), 0, () -> {}, action));
  }

  private static CashflowPorts with(CashflowPorts ports, ExchangeRates rates) {
    return new CashflowPorts(
        ports.ledger(),
        ports.companies(),
        rates,
        ports.settings(),
        ports.aggregates(),
        ports.quarantine());
  }

  @Override
  public RateBook book(String organizationId) {
    RateBook book = rates.book(organizationId);
    if (--readsBeforeAction == 0) {
      afterBookRead.run();
    }
    return book;
  }

  @Override
  public CurrencyUsage usage(String organizationId, String currency) {
    return rates.usage(organizationId, currency);
  }

  @Override
  public boolean add(String organizationId, ExchangeRate rate, RateBook book, CurrencyUsage usage) {
    Runnable action = beforeAdd;
    beforeAdd = () -> {};
    action.run();
    return rates.add(organizationId, rate, book, usage);
  }
}
