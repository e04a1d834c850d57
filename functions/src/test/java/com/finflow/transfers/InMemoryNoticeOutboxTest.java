package com.finflow.transfers;

/** The in-memory fake's outbox keeps the rules the DynamoDB table keeps. */
class InMemoryNoticeOutboxTest extends NoticeOutboxContract {

  @Override
  protected BulkStore newStore() {
    return new InMemoryBulkStore();
  }
}
