package com.finflow.extraction.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.extraction.Cpf;
import com.finflow.extraction.ExtractionCommand;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.webhooks.WebhookAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The body of {@code POST /extract-financial-data}, read into a command with every invalid field
 * reported at once: an invalid CPF is refused before any call to the provider, and a webhook
 * Finflow must not call before anything runs.
 */
final class ExtractFinancialDataRequest {

  private ExtractFinancialDataRequest() {}

  static ExtractionCommand parse(JsonNode body, WebhookAddress webhookAddress) {
    BodyFields fields = new BodyFields(body);
    String name = fields.text("name", 100);
    String organizationName = fields.text("organization_name", 140);
    String organizationId = fields.text("organization_id", 64);
    if (!organizationId.isEmpty() && !ResourceIds.isToken(organizationId, 64)) {
      fields.reject(
          "organization_id",
          "must be ASCII letters, digits and . _ : -, starting with a letter or digit");
    }
    String document = fields.text("user_document_number", 14);
    Optional<Cpf> user = document.isEmpty() ? Optional.empty() : Cpf.parse(document);
    if (!document.isEmpty() && user.isEmpty()) {
      fields.reject(
          "user_document_number", "is not a valid CPF (11 digits with valid check digits)");
    }
    boolean async = body.path("async").asBoolean(false);
    if (body.has("async") && !body.get("async").isBoolean()) {
      fields.reject("async", "must be true or false");
    }
    Optional<URI> webhookUrl =
        fields
            .optionalText("webhook_url", 2048)
            .flatMap(text -> webhookUrl(text, webhookAddress, fields));
    if (webhookUrl.isPresent() && !async) {
      fields.reject("webhook_url", "is only used with \"async\": true");
    }
    fields.throwIfInvalid();
    return new ExtractionCommand(
        name, organizationName, organizationId, user.orElseThrow(), async, webhookUrl);
  }

  private static Optional<URI> webhookUrl(
      String text, WebhookAddress webhookAddress, BodyFields fields) {
    try {
      URI url = new URI(text);
      Optional<String> refusal =
          url.isAbsolute() ? webhookAddress.refusalOf(url) : Optional.of("must be an absolute URL");
      refusal.ifPresent(reason -> fields.reject("webhook_url", reason));
      return refusal.isEmpty() ? Optional.of(url) : Optional.empty();
    } catch (URISyntaxException e) {
      fields.reject("webhook_url", "is not a URL");
      return Optional.empty();
    }
  }
}
