package com.finflow.cashflow;

/** The in-memory feeds store keeps the contract the DynamoDB one keeps. */
class InMemoryFeedRegistryTest extends FeedRegistryContract {

  @Override
  protected FeedRegistry newFeeds() {
    return new InMemoryFeedRegistry();
  }
}
