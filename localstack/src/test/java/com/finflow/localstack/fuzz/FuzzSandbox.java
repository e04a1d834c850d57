package com.finflow.localstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.flow.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fuzzer finds in the stack before it starts: two organizations (so that it can check
 * neither reads the other's objects), the accounts the API document's examples name, and a bulk and
 * an extraction that each have a webhook delivery, so that the routes reading them have something
 * to answer, a monitored company with the IBAN of the cashflow examples, so that the cashflow
 * queries reach their answers, and the name of a file of the dashboard.
 *
 * @param token an access token of the first organization's admin, the fuzzer's own identity
 * @param peerToken an access token of the second organization's admin
 */
record FuzzSandbox(
    String token,
    String peerToken,
    String email,
    String password,
    String ownIban,
    String ownBic,
    String bulkId,
    String bulkDeliveryId,
    String extractionId,
    String extractionDeliveryId,
    String companyId,
    String companyIban,
    String dashboardAsset,
    PersonalBook book) {

  /**
   * The fuzzer's own personal book: an institution, an investment account holding a security the
   * price sandbox lists, and the account's value on a day, so the routes naming them have something
   * to answer; and a few of each kind made to be deleted, so the deletes reach their success path
   * without emptying the book the other operations read.
   */
  record PersonalBook(
      String institutionId,
      String accountId,
      String valueDate,
      String holdingId,
      List<String> disposableInstitutions,
      List<String> disposableAccounts,
      List<String> disposableHoldings) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  // The other organization's account: any valid IBAN the document's examples do not use.
  private static final String PEER_IBAN = "GB82WEST12345698765432";
  private static final String PEER_BIC = "NWBKGB2LXXX";
  // Enough for every bulk the fuzzer may submit: 1,000 transfers of at most 1,000,000.00 each, many
  // times over.
  private static final String BALANCE = "999999999999999.99";
  private static final String COMPANY_ID = "FUZZ-COMPANY";
  private static final int DISPOSABLE = 4;

  /** Sets the sandbox up through the API, with the examples of the document {@code api} serves. */
  static FuzzSandbox prepare(ApiClient api, String webhookUrl) {
    JsonNode schemas =
        api.get("/openapi.json", Optional.empty()).json().path("components").path("schemas");
    ObjectNode bulk = (ObjectNode) schemas.at("/BulkSubmission/examples/0").deepCopy();
    String ownIban = bulk.get("organization_iban").asText();
    String ownBic = bulk.get("organization_bic").asText();
    String email = "fuzz-" + UUID.randomUUID() + "@example.com";
    String password = "Pw-" + UUID.randomUUID();
    String token = signUp(api, email, password, ownIban, ownBic);
    String peerToken =
        signUp(
            api,
            "peer-" + UUID.randomUUID() + "@example.com",
            "Pw-" + UUID.randomUUID(),
            PEER_IBAN,
            PEER_BIC);

    bulk.put("request_id", UUID.randomUUID().toString()).put("webhook_url", webhookUrl);
    ApiClient.Reply accepted = api.post("/transfers/bulk", Optional.of(token), bulk.toString());
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    String bulkId = accepted.json().get("bulk_id").asText();

    ObjectNode extraction = (ObjectNode) schemas.at("/ExtractionRequest/examples/0").deepCopy();
    extraction.put("async", true).put("webhook_url", webhookUrl);
    ApiClient.Reply started =
        api.post("/extract-financial-data", Optional.of(token), extraction.toString());
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String extractionId = started.json().get("extraction_id").asText();

    ObjectNode company = (ObjectNode) schemas.at("/CompanyRegistration/examples/0").deepCopy();
    ApiClient.Reply registered =
        api.put("/cashflow/companies/" + COMPANY_ID, Optional.of(token), company.toString());
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String companyIban = company.path("ibans").get(0).asText();

    return new FuzzSandbox(
        token,
        peerToken,
        email,
        password,
        ownIban,
        ownBic,
        bulkId,
        firstDelivery(api, token, "/transfers/bulk/" + bulkId),
        extractionId,
        firstDelivery(api, token, "/extractions/" + extractionId),
        COMPANY_ID,
        companyIban,
        dashboardAsset(api),
        personalBook(api, token));
  }

  private static PersonalBook personalBook(ApiClient api, String token) {
    String institution =
        created(
            api.post(
                "/me/institutions",
                Optional.of(token),
                json("name", "Fuzz Bank", "country", "PT", "bic", "BCOMPTPL")));
    String account =
        created(
            api.post(
                "/me/accounts",
                Optional.of(token),
                json(
                    "name",
                    "Fuzz broker",
                    "kind",
                    "investment",
                    "currency",
                    "EUR",
                    "institution_id",
                    institution)));
    String day = "2026-01-02";
    ApiClient.Reply value =
        api.put(
            "/me/accounts/" + account + "/values/" + day,
            Optional.of(token),
            json("balance", "1000.00", "cash_balance", "250.00"));
    assertThat(value.status()).as(value.body()).isEqualTo(201);
    String holding =
        created(
            api.post(
                "/me/holdings",
                Optional.of(token),
                json(
                    "account_id",
                    account,
                    "symbol",
                    "IBM",
                    "quantity",
                    "3",
                    "cost_basis",
                    "400.00",
                    "cost_currency",
                    "USD")));
    List<String> institutions = new ArrayList<>();
    List<String> accounts = new ArrayList<>();
    List<String> holdings = new ArrayList<>();
    for (int i = 0; i < DISPOSABLE; i++) {
      institutions.add(
          created(
              api.post(
                  "/me/institutions",
                  Optional.of(token),
                  json("name", "Spare " + i, "country", "DE"))));
      accounts.add(
          created(
              api.post(
                  "/me/accounts",
                  Optional.of(token),
                  json("name", "Spare " + i, "kind", "checking", "currency", "EUR"))));
      holdings.add(
          created(
              api.post(
                  "/me/holdings",
                  Optional.of(token),
                  json(
                      "account_id",
                      account,
                      "symbol",
                      "IBM",
                      "quantity",
                      "1",
                      "cost_basis",
                      "100.00",
                      "cost_currency",
                      "USD"))));
    }
    return new PersonalBook(institution, account, day, holding, institutions, accounts, holdings);
  }

  private static String created(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asText();
  }

  /**
   * A file the dashboard page names: its names are hashes of the bundle, known only at run time.
   */
  private static String dashboardAsset(ApiClient api) {
    ApiClient.Reply page = api.get("/cashflow/dashboard", Optional.empty());
    assertThat(page.status()).isEqualTo(200);
    Matcher named = Pattern.compile("src=\"dashboard/([^\"]+)\"").matcher(page.body());
    assertThat(named.find()).as("the page names its script").isTrue();
    return named.group(1);
  }

  private static String signUp(
      ApiClient api, String email, String password, String iban, String bic) {
    ApiClient.Reply registered =
        api.post(
            "/auth/register",
            Optional.empty(),
            json(
                "email",
                email,
                "password",
                password,
                "organization_name",
                "Fuzzing " + UUID.randomUUID()));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String token =
        api.post("/auth/login", Optional.empty(), json("email", email, "password", password))
            .json()
            .get("access_token")
            .asText();
    ApiClient.Reply opened =
        api.post(
            "/accounts",
            Optional.of(token),
            json("iban", iban, "bic", bic, "currency", "EUR", "initial_balance", BALANCE));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return token;
  }

  /**
   * The id of the first webhook delivery of a bulk or an extraction, once its notice has been
   * published.
   */
  private static String firstDelivery(ApiClient api, String token, String subject) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      ApiClient.Reply deliveries = api.get(subject + "/webhook-deliveries", Optional.of(token));
      if (deliveries.status() == 200 && deliveries.json().path("deliveries").size() > 0) {
        return deliveries.json().path("deliveries").get(0).get("delivery_id").asText();
      }
      sleep();
    }
    throw new AssertionError("no webhook delivery of " + subject + " within 90 s");
  }

  private static String json(String... namesAndValues) {
    ObjectNode object = JSON.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return object.toString();
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "FuzzSandbox[bulk " + bulkId + ", extraction " + extractionId + "]";
  }
}
