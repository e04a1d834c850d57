package com.finflow.cashflow;

/** The contract on the in-memory fakes the use-case tests rely on. */
class InMemoryCashflowTest extends CashflowContract {

  @Override
  protected CashflowPorts newPorts() {
    return CashflowPorts.of(new InMemoryCashflow());
  }
}
