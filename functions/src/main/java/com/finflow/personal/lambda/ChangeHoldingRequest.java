package com.finflow.personal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.HoldingChange;
import com.finflow.personal.IsoCurrency;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.BodyFields;

/**
 * Reads {@code PATCH /me/holdings/{holding_id}}: any of {@code quantity, cost_basis,
 * cost_currency}, each checked as when creating one. The account and symbol of a holding never
 * change.
 */
final class ChangeHoldingRequest {

  private ChangeHoldingRequest() {}

  static HoldingChange parse(JsonNode body) {
    if (body.isEmpty()) {
      throw InvalidInput.of("", "must hold at least one member to change");
    }
    BodyFields fields = new BodyFields(body);
    var quantity = BookMembers.quantity(fields, false);
    var costBasis = BookMembers.costBasis(fields, false);
    var currency = BookMembers.currency(fields, "cost_currency", false);
    BookMembers.checkDecimals(fields, "cost_basis", costBasis, currency);
    fields.throwIfInvalid();
    return new HoldingChange(quantity, costBasis, currency.map(IsoCurrency::code));
  }
}
