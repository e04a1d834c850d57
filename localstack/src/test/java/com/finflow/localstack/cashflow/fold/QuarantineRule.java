package com.finflow.localstack.cashflow.fold;

/**
 * The rules, in the order they are tried on a row; a reused batch id is set aside whole.
 */
public enum QuarantineRule {
  MALFORMED_ROW,
  INVALID_IBAN,
  INVALID_IBAN_CHECKSUM,
  BATCH_PAYMENT,
  NO_EXCHANGE_RATE,
  BATCH_ID_REUSED
}
