package com.finflow.localstack.bank;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A credit transfer as a client asks the bank to execute it; amounts are in minor units (cents).
 */
public record PaymentInstruction(
    long amountMinor,
    String currency,
    String debtorIban,
    String creditorIban,
    String creditorBic,
    String creditorName,
    String remittance) {

  /**
   * Reads the body of {@code POST /payments}; a malformed instruction is refused with the reason,
   * as a bank would.
   *
   * @throws IllegalArgumentException naming the first field that is missing or invalid
   */
  static PaymentInstruction fromJson(JsonNode body) {
    if (!body.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    JsonNode amount = body.path("amount_minor");
    if (!amount.isIntegralNumber() || !amount.canConvertToLong() || amount.asLong() <= 0) {
      throw new IllegalArgumentException(
          "amount_minor must be a positive whole number of minor units");
    }
    String currency = body.path("currency").asText("");
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR");
    }
    return new PaymentInstruction(
        amount.asLong(),
        currency,
        required(body, "debtor_iban"),
        required(body, "creditor_iban"),
        body.path("creditor_bic").asText(""),
        body.path("creditor_name").asText(""),
        body.path("remittance").asText(""));
  }

  private static String required(JsonNode body, String field) {
    String value = body.path(field).asText("");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }
}
