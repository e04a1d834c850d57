package com.finflow.personal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.InstitutionChange;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.BodyFields;
import java.util.Optional;

/**
 * Reads {@code PATCH /me/institutions/{institution_id}}: any of {@code name, country, bic}, each
 * checked as when creating one; {@code "bic": null} removes the BIC.
 */
final class ChangeInstitutionRequest {

  private ChangeInstitutionRequest() {}

  static InstitutionChange parse(JsonNode body) {
    if (body.isEmpty()) {
      throw InvalidInput.of("", "must hold at least one member to change");
    }
    BodyFields fields = new BodyFields(body);
    var name = BookMembers.name(fields, false);
    var country = BookMembers.country(fields, false);
    boolean clearBic = BookMembers.isNull(body, "bic");
    Optional<String> bic = Optional.empty();
    if (clearBic) {
      fields.member("bic");
    } else {
      bic = BookMembers.bic(fields);
    }
    fields.throwIfInvalid();
    return new InstitutionChange(name, country, bic, clearBic);
  }
}
