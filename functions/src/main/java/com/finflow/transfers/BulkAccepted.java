package com.finflow.transfers;

import java.time.Instant;
import java.util.Map;

/** The answer to an accepted submission, replayed as is for the same idempotency key. */
public record BulkAccepted(
    String bulkId,
    String status,
    String mode,
    int transferCount,
    String totalAmount,
    String currency,
    Instant createdAt,
    Map<String, String> links) {

  static BulkAccepted of(Bulk bulk) {
    return new BulkAccepted(
        bulk.id(),
        bulk.status().wireName(),
        bulk.mode().wireName(),
        bulk.transferCount(),
        bulk.total().toDecimalString(),
        bulk.total().currency().getCurrencyCode(),
        bulk.createdAt(),
        Map.of("self", "/transfers/bulk/" + bulk.id()));
  }
}
