package com.finflow.transfers;

/** The bulk ports of one implementation, as the contract and use-case tests take them. */
public record BulkRecords(
    BulkAcceptance acceptance,
    Submissions submissions,
    Bulks bulks,
    BulkTransfers transfers,
    TransferLedger ledger,
    FanOutProgress fanOut,
    BulkSettlement settlement,
    OpenBulks open,
    NoticeOutbox outbox) {

  /** Every port from one store that implements them all, as the in-memory fake does. */
  public static <
          S extends
              BulkAcceptance & Submissions & Bulks & BulkTransfers & TransferLedger & FanOutProgress
                  & BulkSettlement & OpenBulks & NoticeOutbox>
      BulkRecords of(S store) {
    return new BulkRecords(store, store, store, store, store, store, store, store, store);
  }
}
