package com.finflow.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.http.BodyFields;
import com.finflow.webhooks.WebhookAddress;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * What a caller asks to extract: for which user (CPF), on behalf of which application. Refuses an invalid CPF
 * before any call to the provider.
 */
public record ExtractionCommand(String applicationName, String organizationName, String clientOrganizationId, Cpf user,
    boolean async, Optional<URI> webhookUrl) {

  /** @param webhookAddress where a webhook may go: checked now, so a bad URL is refused before anything runs */
  public static ExtractionCommand read(JsonNode body, WebhookAddress webhookAddress) {
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
    Optional<URI> webhookUrl = fields.optionalText("webhook_url", 2048).flatMap(text -> {
      try {
        URI url = new URI(text);
        Optional<String> refusal = url.isAbsolute() ? webhookAddress.refusalOf(url) : Optional.of("must be an absolute URL");
        refusal.ifPresent(reason -> fields.reject("webhook_url", reason));
        return refusal.isEmpty() ? Optional.of(url) : Optional.empty();
      } catch (URISyntaxException e) {
        fields.reject("webhook_url", "is not a URL");
        return Optional.empty();
      }
    });
    if (webhookUrl.isPresent() && !async) {
      fields.reject("webhook_url", "is only used with \"async\": true");
    }
    fields.throwIfInvalid();
    return new ExtractionCommand(name, organizationName, organizationId, cpf, async, webhookUrl);
  }
}
