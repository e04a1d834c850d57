package com.finflow.personal;

class InMemoryReferenceRatesTest extends ReferenceRatesContract {

  @Override
  protected ReferenceRates rates() {
    return new InMemoryReferenceRates();
  }
}
