package com.finflow.personal.adapters;

import com.finflow.personal.BookStoreContract;
import com.finflow.shared.aws.LocalDynamoDb;

class DynamoBookStoreTest extends BookStoreContract {

  @Override
  protected Object store() {
    return new DynamoBookStore(LocalDynamoDb.client(), DynamoPersonalStoreTest.newTable());
  }
}
