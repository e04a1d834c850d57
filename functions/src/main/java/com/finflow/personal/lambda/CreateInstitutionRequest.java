package com.finflow.personal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.NewInstitution;
import com.finflow.shared.http.BodyFields;

/**
 * Reads {@code POST /me/institutions}: {@code {name, country, bic?}}, every invalid field at once.
 */
final class CreateInstitutionRequest {

  private CreateInstitutionRequest() {}

  static NewInstitution parse(JsonNode body) {
    BodyFields fields = new BodyFields(body);
    var name = BookMembers.name(fields, true);
    var country = BookMembers.country(fields, true);
    var bic = BookMembers.bic(fields);
    fields.throwIfInvalid();
    return new NewInstitution(name.orElseThrow(), country.orElseThrow(), bic);
  }
}
