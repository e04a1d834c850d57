package com.finflow.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.http.BodyFields;

/**
 * What a caller asks to extract: for which user (CPF), on behalf of which application. Refuses an invalid CPF
 * before any call to the provider.
 */
public record ExtractionCommand(String applicationName, String organizationName, String clientOrganizationId, Cpf user,
    boolean async) {

  public static ExtractionCommand read(JsonNode body) {
    BodyFields fields = new BodyFields(body);
    String name = fields.text("name", 100);
    String organizationName = fields.text("organization_name", 140);
    String organizationId = fields.text("organization_id", 64);
    String document = fields.text("user_document_number", 14);
    Cpf cpf = document.isEmpty() ? null : Cpf.parse(document).orElse(null);
    if (!document.isEmpty() && cpf == null) {
      fields.reject("user_document_number", "is not a valid CPF (11 digits with valid check digits)");
    }
    boolean async = body.path("async").asBoolean(false);
    if (body.has("async") && !body.get("async").isBoolean()) {
      fields.reject("async", "must be true or false");
    }
    fields.throwIfInvalid();
    return new ExtractionCommand(name, organizationName, organizationId, cpf, async);
  }
}
