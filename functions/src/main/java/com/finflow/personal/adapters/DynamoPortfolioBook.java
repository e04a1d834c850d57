package com.finflow.personal.adapters;

import com.finflow.personal.Account;
import com.finflow.personal.AccountValue;
import com.finflow.personal.Holding;
import com.finflow.personal.PortfolioBook;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a valuation reads of a user's book, from the book's stores. */
record DynamoPortfolioBook(
    DynamoBookAccounts accounts, DynamoAccountValues values, DynamoHoldings holdings)
    implements PortfolioBook {

  DynamoPortfolioBook(BookTable table) {
    this(new DynamoBookAccounts(table), new DynamoAccountValues(table), new DynamoHoldings(table));
  }

  @Override
  public List<Account> accounts(String userId) {
    return accounts.accounts(userId);
  }

  @Override
  public Optional<AccountValue> valueOn(String userId, String accountId, LocalDate day) {
    return values.valueOn(userId, accountId, day);
  }

  @Override
  public List<Holding> holdings(String userId) {
    return holdings.holdings(userId);
  }
}
