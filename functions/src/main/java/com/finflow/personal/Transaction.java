package com.finflow.personal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A movement of money a user recorded. {@code amount} is exact and greater than zero, with no more
 * decimals than its currency has; {@code occurredAt} keeps the offset it was given with, so the day
 * it fell on can be read in any time zone. The id is time-ordered and never changes, which is what
 * lists are sorted by.
 */
public record Transaction(
    String id,
    String userId,
    String accountId,
    BigDecimal amount,
    Direction direction,
    String currency,
    String category,
    Optional<String> description,
    OffsetDateTime occurredAt,
    Instant createdAt,
    Instant updatedAt) {

  /** The amount is kept with exactly its currency's decimals, however it was written. */
  public Transaction {
    amount = amount.setScale(Currencies.of(currency).orElseThrow().minorUnits());
  }
}
