package com.finflow.architecture.sample.ledger;

/** A use case that knows only its port. */
public final class RecordEntry {

  private final Ledger ledger;

  public RecordEntry(Ledger ledger) {
    this.ledger = ledger;
  }

  public void record(String account, long minorUnits) {
    ledger.record(new LedgerEntry(account, minorUnits));
  }
}
