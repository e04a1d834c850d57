package com.finflow.personal;

import com.finflow.shared.Caller;

/** One of the caller's transactions; anyone else's, an admin's included, is not found. */
public final class GetTransaction {

  private final Transactions transactions;

  public GetTransaction(Transactions transactions) {
    this.transactions = transactions;
  }

  public TransactionView get(Caller caller, String id) {
    return transactions
        .find(caller.userId(), id)
        .map(TransactionView::of)
        .orElseThrow(NoSuchTransaction::new);
  }
}
