package com.finflow.cashflow;

/** The busy-account contract on the in-memory fakes, which size items as DynamoDB does. */
class InMemoryBusyAccountTest extends BusyAccountContract {

  @Override
  protected CashflowPorts newPorts() {
    return CashflowPorts.of(new InMemoryCashflow());
  }
}
