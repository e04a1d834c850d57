package com.finflow.personal.adapters;

import com.finflow.personal.PriceCacheContract;
import com.finflow.personal.PriceMonths;
import com.finflow.personal.SecurityCards;
import com.finflow.shared.aws.LocalDynamoDb;

class DynamoPriceCacheTest extends PriceCacheContract {

  private final DynamoPriceCache cache =
      new DynamoPriceCache(LocalDynamoDb.client(), DynamoPersonalStoreTest.newTable());

  @Override
  protected PriceMonths months() {
    return cache;
  }

  @Override
  protected SecurityCards cards() {
    return cache;
  }
}
