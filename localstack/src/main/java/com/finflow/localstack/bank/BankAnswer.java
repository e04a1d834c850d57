package com.finflow.localstack.bank;

import java.util.UUID;

/**
 * What the bank answers to a payment request; {@code settled} answers are final for their
 * idempotency key and repeated verbatim when the key comes again.
 */
public record BankAnswer(int status, String body, boolean settled) {

  static BankAnswer executed(UUID paymentId) {
    return new BankAnswer(
        201, "{\"status\":\"EXECUTED\",\"payment_id\":\"" + paymentId + "\"}", true);
  }

  static BankAnswer rejected() {
    return new BankAnswer(
        422, "{\"status\":\"REJECTED\",\"reason\":\"creditor account closed\"}", true);
  }

  /** Not final: the payment did not happen, and a retry with the same key may execute it. */
  static BankAnswer temporarilyUnavailable() {
    return new BankAnswer(503, "{\"error\":\"temporarily unavailable\"}", false);
  }
}
