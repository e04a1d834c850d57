package com.finflow.personal.adapters;

import com.finflow.personal.ReferenceRates;
import com.finflow.personal.ReferenceRatesContract;
import com.finflow.shared.aws.LocalDynamoDb;

class DynamoReferenceRatesTest extends ReferenceRatesContract {

  @Override
  protected ReferenceRates rates() {
    return new DynamoReferenceRates(LocalDynamoDb.client(), DynamoPersonalStoreTest.newTable());
  }
}
