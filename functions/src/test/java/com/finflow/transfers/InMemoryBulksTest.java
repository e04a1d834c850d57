package com.finflow.transfers;

/** The in-memory fake keeps the rules the DynamoDB tables keep. */
class InMemoryBulksTest extends BulkRecordsContract {

  @Override
  protected BulkStore newStore() {
    return new InMemoryBulkStore();
  }
}
