package com.finflow.cashflow.adapters;

import com.finflow.cashflow.BusyAccountContract;
import com.finflow.cashflow.CashflowPorts;

/** The busy-account contract on DynamoDB Local, whose items stop at 400 KB. */
class DynamoBusyAccountTest extends BusyAccountContract {

  @Override
  protected CashflowPorts newPorts() {
    return CashflowAdapters.newPorts();
  }
}
