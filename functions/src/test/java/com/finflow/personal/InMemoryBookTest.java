package com.finflow.personal;

class InMemoryBookTest extends BookStoreContract {

  @Override
  protected Book book() {
    InMemoryBook book = new InMemoryBook();
    return new Book(book, book, book, book, book);
  }
}
