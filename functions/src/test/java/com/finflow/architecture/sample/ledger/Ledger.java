package com.finflow.architecture.sample.ledger;

/** A port. */
public interface Ledger {

  void record(LedgerEntry entry);
}
