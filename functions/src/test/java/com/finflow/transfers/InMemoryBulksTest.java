package com.finflow.transfers;

import com.finflow.shared.MutableClock;
import com.finflow.shared.money.Money;
import java.time.Instant;
import java.util.Currency;

/** The in-memory fake keeps the rules the DynamoDB tables keep. */
class InMemoryBulksTest extends BulkRecordsContract {

  private final InMemoryBulks bulks =
      new InMemoryBulks(new MutableClock(Instant.parse("2026-11-23T12:00:00Z")));

  @Override
  protected BulkRecords records() {
    return BulkRecords.of(bulks);
  }

  @Override
  protected void openAccount(String iban, String organizationId, long balanceCents) {
    bulks.openAccount(iban, organizationId, new Money(balanceCents, Currency.getInstance("EUR")));
  }

  @Override
  protected long balanceCents(String iban) {
    return bulks.account(iban).balance().minorUnits();
  }

  @Override
  protected long reservedCents(String iban) {
    return bulks.account(iban).reserved().minorUnits();
  }
}
