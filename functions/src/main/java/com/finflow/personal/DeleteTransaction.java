package com.finflow.personal;

import com.finflow.shared.Caller;

/** Removes one of the caller's transactions. */
public final class DeleteTransaction {

  private final Transactions transactions;

  public DeleteTransaction(Transactions transactions) {
    this.transactions = transactions;
  }

  /** {@link NoSuchTransaction} if the caller has none with this id (any more). */
  public void delete(Caller caller, String id) {
    if (!transactions.delete(caller.userId(), id)) {
      throw new NoSuchTransaction();
    }
  }
}
