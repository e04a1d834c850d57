package com.finflow.extraction;

/**
 * A single record of the provider (such as an account's balance) that Finflow could not read:
 * reported for its account rather than returned with blanks.
 */
public final class UnreadableRecord extends RuntimeException {

  private final OpenFinanceProvider.Unreadable unreadable;

  public UnreadableRecord(OpenFinanceProvider.Unreadable unreadable) {
    super(unreadable.field() + " of " + unreadable.recordId() + ": " + unreadable.reason());
    this.unreadable = unreadable;
  }

  public OpenFinanceProvider.Unreadable unreadable() {
    return unreadable;
  }
}
