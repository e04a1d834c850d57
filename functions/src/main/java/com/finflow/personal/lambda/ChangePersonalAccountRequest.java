package com.finflow.personal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.AccountChange;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.BodyFields;
import java.util.Optional;

/**
 * Reads {@code PATCH /me/accounts/{account_id}}: {@code name} and {@code institution_id} ({@code
 * null} detaches the account from its institution). Kind and currency never change: an account's
 * values and holdings are in them, so another kind or currency is another account.
 */
final class ChangePersonalAccountRequest {

  static final String FIXED = "cannot be changed; open another account instead";

  private ChangePersonalAccountRequest() {}

  static AccountChange parse(JsonNode body) {
    if (body.isEmpty()) {
      throw InvalidInput.of("", "must hold at least one member to change");
    }
    BodyFields fields = new BodyFields(body);
    var name = BookMembers.name(fields, false);
    boolean clearInstitution = BookMembers.isNull(body, "institution_id");
    Optional<String> institution = Optional.empty();
    if (clearInstitution) {
      fields.member("institution_id");
    } else {
      institution = BookMembers.id(fields, "institution_id", false);
    }
    for (String fixed : new String[] {"kind", "currency"}) {
      if (body.has(fixed)) {
        fields.member(fixed);
        fields.reject(fixed, FIXED);
      }
    }
    fields.throwIfInvalid();
    return new AccountChange(name, institution, clearInstitution);
  }
}
