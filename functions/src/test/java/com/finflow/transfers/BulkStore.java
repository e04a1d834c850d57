package com.finflow.transfers;

/** What the bulk contracts run against: the bulk ports, and the accounts they reserve on. */
public interface BulkStore {

  /** The ports, empty but for the accounts opened through {@link #openAccount}. */
  BulkRecords records();

  void openAccount(String iban, String organizationId, long balanceCents);

  long balanceCents(String iban);

  long reservedCents(String iban);
}
