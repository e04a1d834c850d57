package com.finflow.cashflow.adapters;

import com.finflow.cashflow.CashflowPorts;
import com.finflow.cashflow.RateRaceContract;

/** The rate races on DynamoDB Local: its conditions decide them as the fakes do. */
class DynamoRateRaceTest extends RateRaceContract {

  @Override
  protected CashflowPorts newPorts() {
    return CashflowAdapters.newPorts();
  }
}
