package com.finflow.transfers;

/** One transfer to execute, with what the executing function needs to know of its bulk. */
public record TransferOrder(
    String bulkId,
    String organizationId,
    BulkMode mode,
    String debtorIban,
    CreditTransfer transfer) {

  /** The key the bank deduplicates payments on: the same transfer is never paid twice. */
  public String paymentKey() {
    return bulkId + ":" + transfer.index();
  }
}
