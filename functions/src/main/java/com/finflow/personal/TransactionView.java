package com.finflow.personal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/** A transaction as the API shows it: the amount as an exact decimal string. */
public record TransactionView(
    String id,
    String accountId,
    String amount,
    String direction,
    String currency,
    String category,
    Optional<String> description,
    String occurredAt,
    Instant createdAt,
    Instant updatedAt,
    Map<String, String> links) {

  public static TransactionView of(Transaction transaction) {
    return new TransactionView(
        transaction.id(),
        transaction.accountId(),
        transaction.amount().toPlainString(),
        transaction.direction().wireName(),
        transaction.currency(),
        transaction.category(),
        transaction.description(),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(transaction.occurredAt()),
        transaction.createdAt(),
        transaction.updatedAt(),
        Map.of("self", "/me/transactions/" + transaction.id()));
  }
}
