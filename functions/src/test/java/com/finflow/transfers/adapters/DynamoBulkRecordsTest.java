package com.finflow.transfers.adapters;

import com.finflow.transfers.BulkRecordsContract;
import com.finflow.transfers.BulkStore;

/** The bulk ports on DynamoDB Local keep the rules that the in-memory fake keeps. */
class DynamoBulkRecordsTest extends BulkRecordsContract {

  @Override
  protected BulkStore newStore() {
    return new DynamoBulkStore();
  }
}
