package com.finflow.extraction.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.finflow.extraction.Extraction;
import com.finflow.extraction.TransactionHistory;
import com.finflow.shared.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Transaction histories as sealed items of the tokens table (purpose {@code booked-transactions}),
 * one per consent and account, as JSON. Never remembered by a container: another may have kept a
 * newer one.
 *
 * <p>A history larger than {@link #MAX_BYTES} is not kept (a DynamoDB item holds at most 400 KB):
 * that account is then extracted in full each time, and the answer is the same.
 */
final class DynamoTransactionHistory implements TransactionHistory {

  static final String PURPOSE = "booked-transactions";
  static final int MAX_BYTES = 300_000;

  record StoredBooked(LocalDate refreshFrom, List<Extraction.TransactionData> transactions) {}

  private final SealedItems items;

  DynamoTransactionHistory(SealedItems items) {
    this.items = items;
  }

  @Override
  public Optional<Booked> find(String organizationId, String consentId, String accountId) {
    return items
        .get(nameOf(organizationId, consentId, accountId), StoredBooked.class)
        .map(found -> new Booked(found.value().refreshFrom(), found.value().transactions()));
  }

  @Override
  public void keep(
      String organizationId, String consentId, String accountId, Booked booked, Instant until) {
    StoredBooked stored = new StoredBooked(booked.refreshFrom(), booked.transactions());
    if (sizeOf(stored) <= MAX_BYTES) {
      items.put(nameOf(organizationId, consentId, accountId), stored, until);
    }
  }

  private static int sizeOf(StoredBooked stored) {
    try {
      return Json.MAPPER.writeValueAsBytes(stored).length;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write a transaction history as JSON", e);
    }
  }

  private static SealedItems.Name nameOf(
      String organizationId, String consentId, String accountId) {
    // Account ids are the provider's opaque ids, no personal data.
    return SealedItems.Name.of(organizationId, PURPOSE, consentId + "\n" + accountId);
  }
}
