package com.finflow.personal;

class InMemoryPriceCacheTest extends PriceCacheContract {

  private final InMemoryPriceCache cache = new InMemoryPriceCache();

  @Override
  protected PriceMonths months() {
    return cache;
  }

  @Override
  protected SecurityCards cards() {
    return cache;
  }
}
