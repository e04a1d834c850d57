package com.finflow.cashflow.adapters;

import com.finflow.cashflow.CashflowContract;
import com.finflow.cashflow.CashflowPorts;
import com.finflow.shared.aws.LocalDynamoDb;
import java.time.Clock;

/** The cashflow ports on DynamoDB Local answer as the in-memory fakes do. */
class DynamoCashflowTest extends CashflowContract {

  @Override
  protected CashflowPorts newPorts() {
    String table = CashflowAdapters.newCashflowTable();
    DynamoBatchLedger ledger =
        new DynamoBatchLedger(LocalDynamoDb.client(), table, Clock.systemUTC());
    DynamoCompanies companies = new DynamoCompanies(LocalDynamoDb.client(), table);
    return new CashflowPorts(
        ledger,
        companies,
        companies,
        companies,
        new DynamoAggregates(LocalDynamoDb.client(), table),
        new DynamoQuarantineRecords(LocalDynamoDb.client(), table));
  }
}
