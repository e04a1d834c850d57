package com.finflow.cashflow;

/**
 * Why a row was set aside instead of counted. A row carries the first rule that applies, in the
 * order declared here (the last, {@link #BATCH_ID_REUSED}, concerns a whole delivery).
 */
public enum Rule {
  /** A missing field, or an amount, currency or timestamp that cannot be read. */
  MALFORMED_ROW,
  /** An IBAN that does not start with an ISO 3166-1 alpha-2 country code. */
  INVALID_IBAN,
  /** In strict mode: an IBAN failing ISO 13616 (length for its country, mod-97 check digits). */
  INVALID_IBAN_CHECKSUM,
  /** One of two or more distinct rows with the same source, id, payer, beneficiary and time. */
  BATCH_PAYMENT,
  /** No exchange rate in force for the row's currency on its day, yet. */
  NO_EXCHANGE_RATE,
  /** A batch id that came back with other rows: the later delivery is set aside whole. */
  BATCH_ID_REUSED
}
