package com.finflow.cashflow.adapters;

import com.finflow.cashflow.CashflowContract;
import com.finflow.cashflow.CashflowPorts;

/** The cashflow ports on DynamoDB Local answer as the in-memory fakes do. */
class DynamoCashflowTest extends CashflowContract {

  @Override
  protected CashflowPorts newPorts() {
    return CashflowAdapters.newPorts();
  }
}
