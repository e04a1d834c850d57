package com.finflow.extraction.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.extraction.Cpf;
import com.finflow.extraction.ExtractionCommand;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.FieldPatterns;
import com.finflow.webhooks.WebhookAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /extract-financial-data}, read into a command with every invalid field
 * reported at once: an invalid CPF is refused before any call to the provider, and a webhook
 * Finflow must not call before anything runs. {@code strict} fails the extraction on a record the
 * provider sent that cannot be read; {@code full} fetches every transaction again.
 */
final class ExtractFinancialDataRequest {

  static final int MAX_NAME_LENGTH = 100;
  static final int MAX_ORGANIZATION_NAME_LENGTH = 140;
  static final int MAX_ORGANIZATION_ID_LENGTH = 64;
  static final int MAX_DOCUMENT_LENGTH = 14;
  static final int MAX_WEBHOOK_URL_LENGTH = 2048;

  private static final Pattern TOKEN = Pattern.compile(FieldPatterns.TOKEN);
  private static final Pattern CPF = Pattern.compile(FieldPatterns.CPF);

  private ExtractFinancialDataRequest() {}

  static ExtractionCommand parse(JsonNode body, WebhookAddress webhookAddress) {
    BodyFields fields = new BodyFields(body);
    String name = fields.text("name", MAX_NAME_LENGTH);
    String organizationName = fields.text("organization_name", MAX_ORGANIZATION_NAME_LENGTH);
    String organizationId = fields.text("organization_id", MAX_ORGANIZATION_ID_LENGTH);
    if (!organizationId.isEmpty() && !TOKEN.matcher(organizationId).matches()) {
      fields.reject(
          "organization_id",
          "must be ASCII letters, digits and . _ : -, starting with a letter or digit");
    }
    String document = fields.text("user_document_number", MAX_DOCUMENT_LENGTH);
    Optional<Cpf> user = CPF.matcher(document).matches() ? Cpf.parse(document) : Optional.empty();
    if (!document.isEmpty() && user.isEmpty()) {
      fields.reject(
          "user_document_number", "is not a valid CPF (11 digits with valid check digits)");
    }
    boolean async = fields.optionalBoolean("async").orElse(false);
    Optional<URI> webhookUrl =
        fields
            .optionalText("webhook_url", MAX_WEBHOOK_URL_LENGTH)
            .flatMap(text -> webhookUrl(text, webhookAddress, fields));
    if (webhookUrl.isPresent() && !async) {
      fields.reject("webhook_url", "is only used with \"async\": true");
    }
    boolean strict = fields.optionalBoolean("strict").orElse(false);
    boolean full = fields.optionalBoolean("full").orElse(false);
    fields.throwIfInvalid();
    return new ExtractionCommand(
        name,
        organizationName,
        organizationId,
        user.orElseThrow(),
        async,
        webhookUrl,
        strict,
        full);
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
