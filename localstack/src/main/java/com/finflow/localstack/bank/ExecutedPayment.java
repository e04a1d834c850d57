package com.finflow.localstack.bank;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One line of the bank's ledger: money that actually moved, and the idempotency key that moved it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExecutedPayment(
    String idempotencyKey,
    String paymentId,
    long amountMinor,
    String currency,
    String debtorIban,
    String creditorIban) {}
