package com.finflow.localstack.openfinance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consents API v3 for customer data: {@code POST /open-banking/consents/v3/consents} asks for a
 * consent, and {@code GET /open-banking/consents/v3/consents/{consentId}} shows where it stands.
 */
final class ConsentsApi {

  static final String PATH = "/open-banking/consents/v3/consents";

  /** The spec's whole permission enum: anything else is refused with 400. */
  private static final Set<String> KNOWN_PERMISSIONS =
      Set.of(
          "ACCOUNTS_READ",
          "ACCOUNTS_BALANCES_READ",
          "ACCOUNTS_TRANSACTIONS_READ",
          "ACCOUNTS_OVERDRAFT_LIMITS_READ",
          "CREDIT_CARDS_ACCOUNTS_READ",
          "CREDIT_CARDS_ACCOUNTS_BILLS_READ",
          "CREDIT_CARDS_ACCOUNTS_BILLS_TRANSACTIONS_READ",
          "CREDIT_CARDS_ACCOUNTS_LIMITS_READ",
          "CREDIT_CARDS_ACCOUNTS_TRANSACTIONS_READ",
          "CUSTOMERS_PERSONAL_IDENTIFICATIONS_READ",
          "CUSTOMERS_PERSONAL_ADITTIONALINFO_READ",
          "CUSTOMERS_BUSINESS_IDENTIFICATIONS_READ",
          "CUSTOMERS_BUSINESS_ADITTIONALINFO_READ",
          "FINANCINGS_READ",
          "FINANCINGS_SCHEDULED_INSTALMENTS_READ",
          "FINANCINGS_PAYMENTS_READ",
          "FINANCINGS_WARRANTIES_READ",
          "INVOICE_FINANCINGS_READ",
          "INVOICE_FINANCINGS_SCHEDULED_INSTALMENTS_READ",
          "INVOICE_FINANCINGS_PAYMENTS_READ",
          "INVOICE_FINANCINGS_WARRANTIES_READ",
          "LOANS_READ",
          "LOANS_SCHEDULED_INSTALMENTS_READ",
          "LOANS_PAYMENTS_READ",
          "LOANS_WARRANTIES_READ",
          "UNARRANGED_ACCOUNTS_OVERDRAFT_READ",
          "UNARRANGED_ACCOUNTS_OVERDRAFT_SCHEDULED_INSTALMENTS_READ",
          "UNARRANGED_ACCOUNTS_OVERDRAFT_PAYMENTS_READ",
          "UNARRANGED_ACCOUNTS_OVERDRAFT_WARRANTIES_READ",
          "RESOURCES_READ",
          "BANK_FIXED_INCOMES_READ",
          "CREDIT_FIXED_INCOMES_READ",
          "FUNDS_READ",
          "VARIABLE_INCOMES_READ",
          "TREASURE_TITLES_READ",
          "EXCHANGES_READ");

  /** What this provider serves; the spec has a provider grant only the subset it supports. */
  private static final List<String> SUPPORTED_PERMISSIONS =
      List.of(
          "ACCOUNTS_READ",
          "ACCOUNTS_BALANCES_READ",
          "ACCOUNTS_TRANSACTIONS_READ",
          "RESOURCES_READ");

  private final Duration authorisationDelay;
  private final Map<String, Consent> consents = new ConcurrentHashMap<>();

  ConsentsApi(Duration authorisationDelay) {
    this.authorisationDelay = authorisationDelay;
  }

  /** The consent with this id if the client owns it. */
  Optional<Consent> find(String consentId, String clientId) {
    return Optional.ofNullable(consents.get(consentId))
        .filter(consent -> consent.clientId().equals(clientId));
  }

  ProviderAnswer create(ProviderRequest request, AccessToken token) {
    JsonNode data;
    try {
      data = ProviderJson.read(request.body()).path("data");
    } catch (IllegalArgumentException e) {
      return ProviderAnswer.badRequest(e.getMessage());
    }
    if (!data.isObject()) {
      return ProviderAnswer.badRequest("the body needs a data object");
    }
    JsonNode document = data.path("loggedUser").path("document");
    String identification = document.path("identification").asText("");
    if (!document.path("rel").asText("").equals("CPF")) {
      return ProviderAnswer.badRequest("data.loggedUser.document.rel must be CPF");
    }
    if (!Cpf.isValid(identification)) {
      return ProviderAnswer.unprocessable(
          "ERRO_NAO_MAPEADO",
          "data.loggedUser.document.identification is not a valid CPF: " + identification);
    }
    List<String> requested = new ArrayList<>();
    data.path("permissions").forEach(permission -> requested.add(permission.asText()));
    if (requested.isEmpty() || !KNOWN_PERMISSIONS.containsAll(requested)) {
      return ProviderAnswer.badRequest(
          "data.permissions must list permissions of the spec: " + requested);
    }
    boolean asksForAccounts =
        requested.stream().anyMatch(permission -> permission.startsWith("ACCOUNTS_"));
    if (asksForAccounts
        && !(requested.contains("ACCOUNTS_READ") && requested.contains("RESOURCES_READ"))) {
      return ProviderAnswer.unprocessable(
          "COMBINACAO_PERMISSOES_INCORRETA",
          "account permissions come with ACCOUNTS_READ and RESOURCES_READ");
    }
    List<String> granted = SUPPORTED_PERMISSIONS.stream().filter(requested::contains).toList();
    if (granted.stream().noneMatch(permission -> permission.startsWith("ACCOUNTS_"))) {
      return ProviderAnswer.unprocessable(
          "SEM_PERMISSOES_FUNCIONAIS_RESTANTES",
          "this provider shares accounts only: " + SUPPORTED_PERMISSIONS);
    }
    Instant now = Instant.now();
    Optional<Instant> expiration;
    try {
      expiration = expiration(data.path("expirationDateTime"), now);
    } catch (IllegalArgumentException e) {
      return ProviderAnswer.unprocessable("DATA_EXPIRACAO_INVALIDA", e.getMessage());
    }
    Consent consent =
        new Consent(
            "urn:sandbox:" + UUID.randomUUID(),
            token.clientId(),
            new Cpf(identification),
            granted,
            now,
            expiration,
            now.plus(authorisationDelay));
    consents.put(consent.consentId(), consent);
    return ProviderAnswer.created(
        envelope(consent, now, request.baseUrl() + PATH + "/" + consent.consentId()));
  }

  ProviderAnswer read(ProviderRequest request, AccessToken token, String consentId) {
    Consent consent = consents.get(consentId);
    if (consent == null) {
      return ProviderAnswer.notFound("no consent " + consentId);
    }
    if (!consent.clientId().equals(token.clientId())) {
      return ProviderAnswer.forbidden("consent " + consentId + " belongs to another client");
    }
    return ProviderAnswer.ok(envelope(consent, Instant.now(), request.selfLink()));
  }

  private static Map<String, Object> envelope(Consent consent, Instant now, String self) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", consent.toJson(now));
    body.put("links", Map.of("self", self));
    body.put("meta", ProviderAnswer.metaRequestDateTimeOnly());
    return body;
  }

  private static Optional<Instant> expiration(JsonNode value, Instant now) {
    if (value.isMissingNode() || value.isNull()) {
      // The spec: a consent of indefinite duration is asked for without expirationDateTime.
      return Optional.empty();
    }
    String text = value.asText();
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
      throw new IllegalArgumentException(
          "expirationDateTime must be UTC to the second, as 2021-05-21T08:30:00Z: " + text);
    }
    try {
      Instant expiration = Instant.parse(text);
      if (!expiration.isAfter(now)) {
        throw new IllegalArgumentException("expirationDateTime is not in the future: " + text);
      }
      return Optional.of(expiration);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expirationDateTime is not a date-time: " + text);
    }
  }
}
