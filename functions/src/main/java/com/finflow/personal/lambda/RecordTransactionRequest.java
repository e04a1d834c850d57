package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.IsoCurrency;
import com.finflow.personal.NewTransaction;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.http.RequestFingerprint;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code POST /me/transactions}: the body {@code {account_id, amount, direction, currency,
 * category, description?, occurred_at}} and an optional {@code Idempotency-Key} header, every
 * invalid field at once.
 */
final class RecordTransactionRequest {

  static final String IDEMPOTENCY_KEY_HEADER = "idempotency-key";
  static final int MAX_IDEMPOTENCY_KEY = 255;
  static final int MAX_BODY_BYTES = RequestBodies.DEFAULT_MAX_BYTES;

  private RecordTransactionRequest() {}

  static NewTransaction parse(APIGatewayV2HTTPEvent request) {
    return parse(RequestBodies.objectOf(request, MAX_BODY_BYTES), headerOf(request));
  }

  static NewTransaction parse(JsonNode body) {
    return parse(body, Optional.empty());
  }

  static NewTransaction parse(JsonNode body, Optional<String> idempotencyKeyHeader) {
    BodyFields fields = new BodyFields(body);
    var accountId = TransactionMembers.accountId(fields, true);
    var amount = TransactionMembers.amount(fields, true);
    var direction = TransactionMembers.direction(fields, true);
    Optional<IsoCurrency> currency = TransactionMembers.currency(fields, true);
    var category = TransactionMembers.category(fields, true);
    var description = TransactionMembers.description(fields);
    var occurredAt = TransactionMembers.occurredAt(fields, true);
    TransactionMembers.checkDecimals(fields, amount, currency);
    Optional<String> key = idempotencyKeyHeader.map(String::strip).filter(k -> !k.isEmpty());
    if (idempotencyKeyHeader.isPresent()
        && (idempotencyKeyHeader.get().length() > MAX_IDEMPOTENCY_KEY
            || !idempotencyKeyHeader.get().chars().allMatch(c -> c >= 0x20 && c < 0x7F))) {
      fields
          .nested(body, "/headers")
          .reject(
              IDEMPOTENCY_KEY_HEADER,
              "must be at most " + MAX_IDEMPOTENCY_KEY + " printable ASCII characters");
    }
    fields.throwIfInvalid();
    return new NewTransaction(
        accountId.orElseThrow(),
        amount.orElseThrow(),
        direction.orElseThrow(),
        currency.orElseThrow().code(),
        category.orElseThrow(),
        description,
        occurredAt.orElseThrow(),
        key,
        RequestFingerprint.of(body));
  }

  private static Optional<String> headerOf(APIGatewayV2HTTPEvent request) {
    Map<String, String> headers = request.getHeaders();
    return headers == null
        ? Optional.empty()
        : Optional.ofNullable(headers.get(IDEMPOTENCY_KEY_HEADER));
  }
}
