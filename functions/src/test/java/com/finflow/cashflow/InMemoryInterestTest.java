package com.finflow.cashflow;

/** The interest contract on the in-memory fakes. */
class InMemoryInterestTest extends InterestContract {

  @Override
  protected CashflowPorts newPorts() {
    return CashflowPorts.of(new InMemoryCashflow());
  }
}
