package com.finflow.personal.adapters;

import com.finflow.personal.BookStoreContract;
import com.finflow.shared.aws.LocalDynamoDb;

class DynamoBookTest extends BookStoreContract {

  @Override
  protected Book book() {
    BookTable table = new BookTable(LocalDynamoDb.client(), DynamoPersonalStoreTest.newTable());
    DynamoPortfolioBook portfolio = new DynamoPortfolioBook(table);
    return new Book(
        new DynamoInstitutions(table),
        portfolio.accounts(),
        portfolio.values(),
        portfolio.holdings(),
        portfolio);
  }
}
