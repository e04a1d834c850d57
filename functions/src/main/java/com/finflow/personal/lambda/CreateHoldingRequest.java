package com.finflow.personal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.IsoCurrency;
import com.finflow.personal.NewHolding;
import com.finflow.shared.http.BodyFields;

/**
 * Reads {@code POST /me/holdings}: {@code {account_id, symbol, quantity, cost_basis,
 * cost_currency}}, every invalid field at once. Whether the account is an investment account of the
 * caller's and the symbol a known security is checked by the use case.
 */
final class CreateHoldingRequest {

  private CreateHoldingRequest() {}

  static NewHolding parse(JsonNode body) {
    BodyFields fields = new BodyFields(body);
    var account = BookMembers.id(fields, "account_id", true);
    var symbol = BookMembers.symbol(fields, true);
    var quantity = BookMembers.quantity(fields, true);
    var costBasis = BookMembers.costBasis(fields, true);
    var currency = BookMembers.currency(fields, "cost_currency", true);
    BookMembers.checkDecimals(fields, "cost_basis", costBasis, currency);
    fields.throwIfInvalid();
    return new NewHolding(
        account.orElseThrow(),
        symbol.orElseThrow(),
        quantity.orElseThrow(),
        costBasis.orElseThrow(),
        currency.map(IsoCurrency::code).orElseThrow());
  }
}
