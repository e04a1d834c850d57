package com.finflow.personal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.IsoCurrency;
import com.finflow.personal.TransactionChange;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.BodyFields;
import java.util.Optional;

/**
 * Reads {@code PATCH /me/transactions/{transaction_id}}: any members of a transaction, each checked
 * as when creating one; {@code "description": null} removes the description.
 */
final class ChangeTransactionRequest {

  private ChangeTransactionRequest() {}

  static TransactionChange parse(JsonNode body) {
    if (body.isEmpty()) {
      throw InvalidInput.of("", "must hold at least one member to change");
    }
    BodyFields fields = new BodyFields(body);
    var accountId = TransactionMembers.accountId(fields, false);
    var amount = TransactionMembers.amount(fields, false);
    var direction = TransactionMembers.direction(fields, false);
    Optional<IsoCurrency> currency = TransactionMembers.currency(fields, false);
    var category = TransactionMembers.category(fields, false);
    boolean clearDescription = TransactionMembers.isNull(body, "description");
    Optional<String> description =
        clearDescription
            ? fields.member("description").map(JsonNode::asText)
            : TransactionMembers.description(fields);
    var occurredAt = TransactionMembers.occurredAt(fields, false);
    TransactionMembers.checkDecimals(fields, amount, currency);
    fields.throwIfInvalid();
    return new TransactionChange(
        accountId,
        amount,
        direction,
        currency.map(IsoCurrency::code),
        category,
        description,
        clearDescription,
        occurredAt);
  }
}
