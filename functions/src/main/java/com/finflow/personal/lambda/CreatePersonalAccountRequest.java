package com.finflow.personal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.IsoCurrency;
import com.finflow.personal.NewAccount;
import com.finflow.shared.http.BodyFields;

/**
 * Reads {@code POST /me/accounts}: {@code {name, kind, currency, institution_id?}}, every invalid
 * field at once.
 */
final class CreatePersonalAccountRequest {

  private CreatePersonalAccountRequest() {}

  static NewAccount parse(JsonNode body) {
    BodyFields fields = new BodyFields(body);
    var name = BookMembers.name(fields, true);
    var kind = BookMembers.kind(fields, true);
    var currency = BookMembers.currency(fields, "currency", true);
    var institution = BookMembers.id(fields, "institution_id", false);
    fields.throwIfInvalid();
    return new NewAccount(
        name.orElseThrow(),
        kind.orElseThrow(),
        currency.map(IsoCurrency::code).orElseThrow(),
        institution);
  }
}
