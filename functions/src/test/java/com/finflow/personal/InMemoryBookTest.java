package com.finflow.personal;

class InMemoryBookTest extends BookStoreContract {

  @Override
  protected Object store() {
    return new InMemoryBook();
  }
}
