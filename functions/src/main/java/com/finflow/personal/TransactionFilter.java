package com.finflow.personal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Which transactions a list shows: every given condition must hold. {@code from} is inclusive and
 * {@code until} exclusive; amounts compare in each transaction's own currency.
 */
public record TransactionFilter(
    Optional<String> accountId,
    Optional<Instant> from,
    Optional<Instant> until,
    Optional<String> category,
    Optional<Direction> direction,
    Optional<BigDecimal> minAmount,
    Optional<BigDecimal> maxAmount) {

  public static final TransactionFilter NONE =
      new TransactionFilter(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public boolean accepts(Transaction transaction) {
    Instant at = transaction.occurredAt().toInstant();
    return accountId.map(transaction.accountId()::equals).orElse(true)
        && from.map(start -> !at.isBefore(start)).orElse(true)
        && until.map(at::isBefore).orElse(true)
        && category.map(transaction.category()::equals).orElse(true)
        && direction.map(transaction.direction()::equals).orElse(true)
        && minAmount.map(min -> transaction.amount().compareTo(min) >= 0).orElse(true)
        && maxAmount.map(max -> transaction.amount().compareTo(max) <= 0).orElse(true);
  }
}
