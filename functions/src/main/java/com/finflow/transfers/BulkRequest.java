package com.finflow.transfers;

import com.finflow.shared.money.Money;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A validated bulk submission: who pays, how the transfers depend on each other, and the transfers. */
public record BulkRequest(
    String requestId,
    String organizationBic,
    String organizationIban,
    BulkMode mode,
    Optional<URI> webhookUrl,
    List<CreditTransfer> transfers) {

  public BulkRequest {
    transfers = List.copyOf(transfers);
  }

  /** What the bulk reserves on the account: the sum of every transfer. */
  public Money total() {
    return transfers.stream().map(CreditTransfer::amount).reduce(Money::plus).orElseThrow();
  }
}
