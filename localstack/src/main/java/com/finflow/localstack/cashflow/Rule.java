package com.finflow.localstack.cashflow;

/**
 * The quarantine rules the generator plants rows for, in the order the issue applies them. {@link
 * #INVALID_IBAN_CHECKSUM} only catches rows in a strict-mode organization: elsewhere those rows
 * count.
 */
public enum Rule {
  MALFORMED_ROW,
  INVALID_IBAN,
  INVALID_IBAN_CHECKSUM,
  BATCH_PAYMENT,
  NO_EXCHANGE_RATE
}
