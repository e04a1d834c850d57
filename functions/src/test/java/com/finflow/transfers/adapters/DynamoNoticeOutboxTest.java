package com.finflow.transfers.adapters;

import com.finflow.transfers.BulkStore;
import com.finflow.transfers.NoticeOutboxContract;

/** The outbox on DynamoDB Local keeps the rules that the in-memory fake keeps. */
class DynamoNoticeOutboxTest extends NoticeOutboxContract {

  @Override
  protected BulkStore newStore() {
    return new DynamoBulkStore();
  }
}
