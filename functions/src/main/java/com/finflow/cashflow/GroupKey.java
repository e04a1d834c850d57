package com.finflow.cashflow;

import java.time.Instant;

/**
 * What makes rows a batch payment when two or more distinct rows share it: the source, the
 * transaction id, payer, beneficiary and instant.
 */
public record GroupKey(
    Source source, String id, String payerIban, String beneficiaryIban, Instant timestamp) {

  public static GroupKey of(Source source, Transaction transaction) {
    return new GroupKey(
        source,
        transaction.id(),
        transaction.payerIban(),
        transaction.beneficiaryIban(),
        transaction.timestamp());
  }
}
