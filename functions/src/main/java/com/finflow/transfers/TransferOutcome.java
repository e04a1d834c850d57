package com.finflow.transfers;

import java.time.Instant;
import java.util.Optional;

/**
 * How one transfer ended: executed (with the bank's reference), failed (with the reason) or
 * cancelled.
 */
public record TransferOutcome(
    int index,
    TransferStatus status,
    Optional<String> reason,
    Optional<String> bankReference,
    Instant recordedAt) {}
