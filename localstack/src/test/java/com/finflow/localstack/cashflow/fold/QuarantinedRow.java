package com.finflow.localstack.cashflow.fold;

/**
 * A row set aside, where it came from, and the rule that caught it; an IBAN missing from a
 * malformed row is the empty string.
 */
public record QuarantinedRow(
    String source,
    String batchId,
    int position,
    QuarantineRule rule,
    String payerIban,
    String beneficiaryIban) {}
