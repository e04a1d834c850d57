package com.finflow.personal;

import com.finflow.shared.Caller;

/** Removes one of the caller's transactions. */
public final class DeleteTransaction {

  private final Transactions transactions;
  private final ViewInvalidation invalidation;

  public DeleteTransaction(Transactions transactions, ViewInvalidation invalidation) {
    this.transactions = transactions;
    this.invalidation = invalidation;
  }

  /** {@link NoSuchTransaction} if the caller has none with this id (any more). */
  public void delete(Caller caller, String id) {
    if (!transactions.delete(caller.userId(), id)) {
      throw new NoSuchTransaction();
    }
    invalidation.written(caller.userId());
  }
}
