package com.finflow.localstack.openfinance;

import static com.finflow.localstack.openfinance.ProviderClient.ACCOUNTS;
import static com.finflow.localstack.openfinance.ProviderClient.CONSENTS;
import static com.finflow.localstack.openfinance.ProviderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Open Finance Brasil flow a client goes through, and what the provider refuses along the way.
 */
class SandboxProviderTest {

  static final String CPF = "52998224725";
  private static final String AMOUNT = "^\\d{1,15}\\.\\d{2,4}$";

  private SandboxProvider provider;
  private ProviderClient client;

  @BeforeEach
  void start() {
    provider = SandboxProvider.start(0, ProviderSettings.DEFAULTS);
    client = new ProviderClient(provider.baseUrl());
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  @Test
  void aClientDiscoversRegistersConsentsAndReadsEveryTransactionPage() throws Exception {
    JsonNode discovery = json(client.discover().body());
    assertThat(discovery.path("issuer").asText()).isEqualTo(provider.baseUrl().toString());
    assertThat(discovery.path("token_endpoint").asText()).isEqualTo(provider.baseUrl() + "/token");
    assertThat(discovery.path("registration_endpoint").asText())
        .isEqualTo(provider.baseUrl() + "/register");
    assertThat(discovery.path("token_endpoint_auth_methods_supported").get(0).asText())
        .isEqualTo("client_secret_basic");
    assertThat(discovery.path("grant_types_supported").get(0).asText())
        .isEqualTo("client_credentials");

    HttpResponse<String> registered = client.register(provider.registrationSecret());
    assertThat(registered.statusCode()).isEqualTo(201);
    JsonNode registration = json(registered.body());
    assertThat(registration.path("client_secret_expires_at").asLong()).isZero();
    assertThat(registration.path("registration_client_uri").asText())
        .isEqualTo(provider.baseUrl() + "/register/" + registration.path("client_id").asText());
    assertThat(registration.path("scope").asText()).isEqualTo("consents accounts");

    HttpResponse<String> issued =
        client.token(
            registration.path("client_id").asText(), registration.path("client_secret").asText());
    assertThat(issued.statusCode()).isEqualTo(200);
    JsonNode token = json(issued.body());
    assertThat(token.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(token.path("expires_in").asInt()).isEqualTo(900);
    String accessToken = token.path("access_token").asText();

    HttpResponse<String> created = client.createConsent(accessToken, CPF);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("x-fapi-interaction-id"))
        .hasValue("d78fc4e5-37ca-4da3-adf2-9b082bf92280");
    JsonNode consent = json(created.body()).path("data");
    String consentId = consent.path("consentId").asText();
    assertThat(consentId).matches("^urn:sandbox:[0-9a-f-]{36}$");
    assertThat(consent.path("status").asText()).isEqualTo("AWAITING_AUTHORISATION");
    assertThat(consent.path("permissions")).hasSize(4);
    assertThat(json(created.body()).path("links").path("self").asText())
        .endsWith(CONSENTS + "/" + consentId);

    Thread.sleep(ProviderSettings.DEFAULTS.authorisationDelay().toMillis() + 100);
    JsonNode authorised =
        json(client.get(CONSENTS + "/" + consentId, accessToken, null).body()).path("data");
    assertThat(authorised.path("status").asText()).isEqualTo("AUTHORISED");
    assertThat(authorised.has("rejection")).isFalse();

    HttpResponse<String> listed =
        client.get(ACCOUNTS + "?page=1&page-size=25", accessToken, consentId);
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.headers().firstValue("x-fapi-interaction-id")).isPresent();
    JsonNode accounts = json(listed.body());
    assertThat(accounts.path("data").size()).isBetween(2, 4);
    assertThat(accounts.path("meta").path("totalRecords").asInt())
        .isEqualTo(accounts.path("data").size());
    assertThat(accounts.path("meta").path("totalPages").asInt()).isEqualTo(1);
    JsonNode account = accounts.path("data").get(0);
    assertThat(account.path("type").asText()).isEqualTo("CONTA_DEPOSITO_A_VISTA");
    assertThat(account.path("companyCnpj").asText()).matches("\\d{14}");
    assertThat(account.path("compeCode").asText()).matches("\\d{3}");
    String accountId = account.path("accountId").asText();

    JsonNode balances =
        json(client.get(ACCOUNTS + "/" + accountId + "/balances", accessToken, consentId).body());
    assertThat(balances.path("data").path("availableAmount").path("amount").asText())
        .matches("^-?\\d{1,15}\\.\\d{4}$");
    assertThat(balances.path("data").path("availableAmount").path("currency").asText())
        .isEqualTo("BRL");
    assertThat(balances.path("data").path("blockedAmount").path("amount").asText()).matches(AMOUNT);
    assertThat(balances.path("data").path("automaticallyInvestedAmount").path("amount").asText())
        .matches(AMOUNT);

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String window = "fromBookingDate=" + today.minusMonths(12) + "&toBookingDate=" + today;
    List<JsonNode> paged = new ArrayList<>();
    String next =
        provider.baseUrl()
            + ACCOUNTS
            + "/"
            + accountId
            + "/transactions?"
            + window
            + "&page=1&page-size=100";
    int pages = 0;
    while (next != null) {
      JsonNode page = json(client.follow(next, accessToken, consentId).body());
      page.path("data").forEach(paged::add);
      pages++;
      assertThat(page.path("meta").path("requestDateTime").asText())
          .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
      next = page.path("links").has("next") ? page.path("links").path("next").asText() : null;
    }
    JsonNode whole =
        json(
            client
                .get(
                    ACCOUNTS + "/" + accountId + "/transactions?" + window + "&page-size=1000",
                    accessToken,
                    consentId)
                .body());

    assertThat(paged.size()).isBetween(150, 400).isEqualTo(whole.path("data").size());
    assertThat(pages).isEqualTo((paged.size() + 99) / 100);
    Set<String> ids = new HashSet<>();
    paged.forEach(transaction -> ids.add(transaction.path("transactionId").asText()));
    assertThat(ids).hasSize(paged.size());
    JsonNode transaction = paged.get(0);
    assertThat(transaction.path("completedAuthorisedPaymentType").asText())
        .isEqualTo("TRANSACAO_EFETIVADA");
    assertThat(transaction.path("creditDebitType").asText()).isIn("CREDITO", "DEBITO");
    assertThat(transaction.path("transactionAmount").path("amount").asText()).matches(AMOUNT);
    assertThat(transaction.path("transactionAmount").path("currency").asText()).isEqualTo("BRL");
    assertThat(transaction.path("transactionDateTime").asText())
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    assertThat(transaction.path("partieCnpjCpf").asText()).matches("^\\d{11}$|^\\d{14}$");
  }

  @Test
  void theLastTransactionPageHasNoNextLinkAndMiddlePagesLinkBothWays() {
    String accessToken = client.accessToken(provider.registrationSecret());
    String consentId = authorisedConsent(accessToken, CPF);
    String accountId = firstAccountId(accessToken, consentId);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String path =
        ACCOUNTS
            + "/"
            + accountId
            + "/transactions?fromBookingDate="
            + today.minusMonths(12)
            + "&toBookingDate="
            + today
            + "&page-size=50";

    JsonNode second = json(client.get(path + "&page=2", accessToken, consentId).body());
    JsonNode last = json(client.get(path + "&page=9", accessToken, consentId).body());

    assertThat(second.path("links").path("prev").asText()).contains("page=1");
    assertThat(second.path("links").path("next").asText())
        .contains("page=3")
        .contains("fromBookingDate=");
    assertThat(second.path("links").has("last")).isFalse();
    assertThat(last.path("links").has("next")).isFalse();
  }

  @Test
  void aCpfStartingWith999RejectsTheConsentAndOpensNoData() throws Exception {
    String accessToken = client.accessToken(provider.registrationSecret());
    String rejecting = Cpf.withCheckDigits("999123456");
    String consentId =
        json(client.createConsent(accessToken, rejecting).body())
            .path("data")
            .path("consentId")
            .asText();
    Thread.sleep(ProviderSettings.DEFAULTS.authorisationDelay().toMillis() + 100);

    JsonNode consent =
        json(client.get(CONSENTS + "/" + consentId, accessToken, null).body()).path("data");
    HttpResponse<String> accounts = client.get(ACCOUNTS, accessToken, consentId);

    assertThat(consent.path("status").asText()).isEqualTo("REJECTED");
    assertThat(consent.path("rejection").path("rejectedBy").asText()).isEqualTo("USER");
    assertThat(consent.path("rejection").path("reason").path("code").asText())
        .isEqualTo("CUSTOMER_MANUALLY_REJECTED");
    assertThat(consent.path("rejection").path("reason").path("additionalInformation").asText())
        .isNotBlank();
    assertThat(accounts.statusCode()).isEqualTo(403);
  }

  @Test
  void anInvalidCpfIsRefusedWith422() {
    String accessToken = client.accessToken(provider.registrationSecret());

    HttpResponse<String> wrongCheckDigit = client.createConsent(accessToken, "52998224724");
    HttpResponse<String> allEqual = client.createConsent(accessToken, "11111111111");

    assertThat(wrongCheckDigit.statusCode()).isEqualTo(422);
    assertThat(json(wrongCheckDigit.body()).path("errors").get(0).path("detail").asText())
        .contains("CPF");
    assertThat(allEqual.statusCode()).isEqualTo(422);
  }

  @Test
  void anUnknownConsentIs404() {
    String accessToken = client.accessToken(provider.registrationSecret());

    HttpResponse<String> unknown = client.get(CONSENTS + "/urn:sandbox:nope", accessToken, null);

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown.body()).path("errors").get(0).path("code").asText())
        .isEqualTo("NOT_FOUND");
  }

  @Test
  void aWindowOfMoreThanTwelveMonthsIsRefusedWith422() {
    String accessToken = client.accessToken(provider.registrationSecret());
    String consentId = authorisedConsent(accessToken, CPF);
    String accountId = firstAccountId(accessToken, consentId);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String transactions =
        ACCOUNTS + "/" + accountId + "/transactions?toBookingDate=" + today + "&fromBookingDate=";

    HttpResponse<String> thirteenMonths =
        client.get(transactions + today.minusMonths(13), accessToken, consentId);
    HttpResponse<String> twelveMonths =
        client.get(transactions + today.minusMonths(12), accessToken, consentId);

    assertThat(thirteenMonths.statusCode()).isEqualTo(422);
    assertThat(json(thirteenMonths.body()).path("errors").get(0).path("detail").asText())
        .contains("12 months");
    assertThat(twelveMonths.statusCode()).isEqualTo(200);
  }

  @Test
  void withoutAValidAccessTokenResourcesAnswer401WithTheErrorEnvelope() {
    HttpResponse<String> noToken = client.get(ACCOUNTS, null, null);
    HttpResponse<String> madeUpToken = client.get(CONSENTS + "/urn:sandbox:x", "made-up", null);
    HttpResponse<String> registrationSecretAsToken =
        client.get(ACCOUNTS, provider.registrationSecret(), null);

    assertThat(noToken.statusCode()).isEqualTo(401);
    JsonNode envelope = json(noToken.body());
    assertThat(envelope.path("errors").get(0).path("code").asText()).isEqualTo("UNAUTHORIZED");
    assertThat(envelope.path("errors").get(0).path("title").asText()).isNotBlank();
    assertThat(envelope.path("errors").get(0).path("detail").asText()).isNotBlank();
    assertThat(envelope.path("meta").path("totalRecords").asInt()).isEqualTo(1);
    assertThat(envelope.path("meta").path("totalPages").asInt()).isEqualTo(1);
    assertThat(envelope.path("meta").path("requestDateTime").asText()).endsWith("Z");
    assertThat(noToken.headers().firstValue("x-fapi-interaction-id")).isPresent();
    assertThat(madeUpToken.statusCode()).isEqualTo(401);
    assertThat(registrationSecretAsToken.statusCode()).isEqualTo(401);
  }

  @Test
  void registrationAndTokensNeedTheRightSecrets() {
    HttpResponse<String> wrongRegistrationSecret = client.register("guess");
    JsonNode registration = json(client.register(provider.registrationSecret()).body());
    HttpResponse<String> wrongClientSecret =
        client.token(registration.path("client_id").asText(), "guess");

    assertThat(wrongRegistrationSecret.statusCode()).isEqualTo(401);
    assertThat(wrongClientSecret.statusCode()).isEqualTo(401);
    assertThat(json(wrongClientSecret.body()).path("error").asText()).isEqualTo("invalid_client");
  }

  @Test
  void accountsWithoutAnAuthorisedConsentAnswer403() {
    String otherClientsConsent =
        authorisedConsent(client.accessToken(provider.registrationSecret()), CPF);
    String accessToken = client.accessToken(provider.registrationSecret());
    String awaiting =
        json(client.createConsent(accessToken, CPF).body()).path("data").path("consentId").asText();

    HttpResponse<String> noConsent = client.get(ACCOUNTS, accessToken, null);
    HttpResponse<String> notYetAuthorised = client.get(ACCOUNTS, accessToken, awaiting);
    HttpResponse<String> notTheirs = client.get(ACCOUNTS, accessToken, otherClientsConsent);

    assertThat(noConsent.statusCode()).isEqualTo(403);
    assertThat(json(noConsent.body()).path("errors").get(0).path("detail").asText())
        .contains("x-consent-id");
    assertThat(notYetAuthorised.statusCode()).isEqualTo(403);
    assertThat(json(notYetAuthorised.body()).path("errors").get(0).path("detail").asText())
        .contains("AWAITING_AUTHORISATION");
    assertThat(notTheirs.statusCode()).isEqualTo(403);
  }

  static String authorisedConsent(ProviderClient client, String accessToken, String cpf) {
    String consentId =
        json(client.createConsent(accessToken, cpf).body()).path("data").path("consentId").asText();
    try {
      Thread.sleep(ProviderSettings.DEFAULTS.authorisationDelay().toMillis() + 100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    return consentId;
  }

  private String authorisedConsent(String accessToken, String cpf) {
    return authorisedConsent(client, accessToken, cpf);
  }

  private String firstAccountId(String accessToken, String consentId) {
    return json(client.get(ACCOUNTS, accessToken, consentId).body())
        .path("data")
        .get(0)
        .path("accountId")
        .asText();
  }
}
