package com.finflow.cashflow.adapters;

import com.finflow.cashflow.CashflowPorts;
import com.finflow.cashflow.InterestContract;

/** Interest on DynamoDB Local accrues as on the in-memory fakes. */
class DynamoInterestTest extends InterestContract {

  @Override
  protected CashflowPorts newPorts() {
    return CashflowAdapters.newPorts();
  }
}
