package com.finflow.cashflow.adapters;

import com.finflow.cashflow.FeedRegistry;
import com.finflow.cashflow.FeedRegistryContract;
import com.finflow.shared.aws.LocalDynamoDb;

/** Feeds on DynamoDB Local: leases and cursors as conditional updates. */
class DynamoFeedRegistryTest extends FeedRegistryContract {

  @Override
  protected FeedRegistry newFeeds() {
    return new DynamoFeedRegistry(LocalDynamoDb.client(), CashflowAdapters.newCashflowTable());
  }
}
