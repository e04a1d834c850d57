package com.finflow.transfers.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.money.Money;
import com.finflow.transfers.SubmitBulkCommand;
import com.finflow.transfers.TransferLimits;
import com.finflow.webhooks.PublicDns;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk submissions read by {@link SubmitBulkRequest} with a limit of 1,000 transfers and
 * 1,000,000.00 EUR a transfer: valid bodies to vary, and the field errors of a refused one.
 */
final class ParsedBulks {

  static final Currency EUR = Currency.getInstance("EUR");
  static final String REQUEST_ID = "6f1c2b3a-9d4e-4f5a-8b6c-7d8e9f0a1b2c";
  static final String ORGANIZATION_IBAN = "FR7630006000011234567890189";
  static final String ORGANIZATION_BIC = "QNTOFRP1XXX";

  static final SubmitBulkRequest PARSER =
      new SubmitBulkRequest(
          new TransferLimits(1000, new Money(1_000_000_00L, EUR)), PublicDns.ADDRESSES);

  private ParsedBulks() {}

  static APIGatewayV2HTTPEvent jsonEvent(String body) {
    APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
    event.setHeaders(Map.of("content-type", "application/json"));
    event.setBody(body);
    event.setIsBase64Encoded(false);
    return event;
  }

  /**
   * A valid bulk of {@code count} transfers, paying the counterparties in turn from the
   * organization's account.
   */
  static ObjectNode aBulkOf(int count) {
    return BulkBodies.aBulkOf(count, REQUEST_ID, ORGANIZATION_IBAN);
  }

  static ArrayNode transfers(ObjectNode body) {
    return (ArrayNode) body.get("credit_transfers");
  }

  static ObjectNode transfer(ObjectNode body, int index) {
    return (ObjectNode) transfers(body).get(index);
  }

  static SubmitBulkCommand parse(JsonNode body) {
    return PARSER.parse(body, Optional.empty());
  }

  static List<FieldError> errorsOf(JsonNode body) {
    return errorsOf(body, Optional.empty());
  }

  static List<FieldError> errorsOf(JsonNode body, Optional<String> idempotencyKeyHeader) {
    InvalidInput refusal =
        catchThrowableOfType(InvalidInput.class, () -> PARSER.parse(body, idempotencyKeyHeader));
    assertThat(refusal).as("refusal of an invalid bulk").isNotNull();
    assertThat(refusal.category()).isEqualTo(Category.INVALID_REQUEST);
    return refusal.fieldErrors();
  }

  static List<String> pointersOf(List<FieldError> errors) {
    return errors.stream().map(FieldError::pointer).toList();
  }
}
