package com.finflow.localstack.cashflow;

import java.time.Instant;
import java.util.Optional;

/**
 * One generated transaction as it goes on the wire; {@code missingField} names a member left out of
 * the JSON (a malformed row), and {@code at} is its instant, which orders the feed.
 */
record Row(
    String id,
    String payerIban,
    String beneficiaryIban,
    String amount,
    String currency,
    String timestamp,
    Instant at,
    Optional<String> missingField) {

  Row withAmount(String newAmount) {
    return new Row(
        id, payerIban, beneficiaryIban, newAmount, currency, timestamp, at, missingField);
  }
}
