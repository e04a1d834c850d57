package com.finflow.cashflow;

/** The rate races on the in-memory fakes. */
class InMemoryRateRaceTest extends RateRaceContract {

  @Override
  protected CashflowPorts newPorts() {
    return CashflowPorts.of(new InMemoryCashflow());
  }
}
