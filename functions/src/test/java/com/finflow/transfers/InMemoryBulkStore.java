package com.finflow.transfers;

import com.finflow.shared.MutableClock;
import com.finflow.shared.money.Money;
import java.time.Instant;
import java.util.Currency;

/** The in-memory fake behind the bulk contracts. */
final class InMemoryBulkStore implements BulkStore {

  private final InMemoryBulks bulks =
      new InMemoryBulks(new MutableClock(Instant.parse("2026-11-23T12:00:00Z")));

  @Override
  public BulkRecords records() {
    return BulkRecords.of(bulks);
  }

  @Override
  public void openAccount(String iban, String organizationId, long balanceCents) {
    bulks.openAccount(iban, organizationId, new Money(balanceCents, Currency.getInstance("EUR")));
  }

  @Override
  public long balanceCents(String iban) {
    return bulks.account(iban).balance().minorUnits();
  }

  @Override
  public long reservedCents(String iban) {
    return bulks.account(iban).reserved().minorUnits();
  }
}
