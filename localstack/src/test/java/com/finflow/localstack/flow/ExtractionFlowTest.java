package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalJson;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import com.finflow.localstack.openfinance.EndpointFaults;
import com.finflow.localstack.openfinance.ProviderEndpoint;
import com.finflow.localstack.openfinance.ProviderFaults;
import com.finflow.webhooks.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Open-finance extraction through the real stack and the sandbox provider. */
@ExtendWith(RunningFinflow.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractionFlowTest {

  /** Accounts API answers recorded at real institutions, kept with the functions' tests. */
  private static final Path RECORDINGS = Path.of("../functions/src/test/resources/openfinance");

  private LocalStackRuntime runtime;
  private ApiClient api;
  private Tenant tenant;

  @BeforeAll
  void connect(LocalStackRuntime runtime) {
    this.runtime = runtime;
    this.api = new ApiClient(runtime.httpBaseUrl());
    this.tenant = Tenant.signUp(api, "1.00");
  }

  @Test
  void extractsEveryAccountBalanceAndTransactionOfAUserAndMasksTheirDocument() {
    String cpf = TestCpfs.of(123456789);

    ApiClient.Reply extraction = extract(cpf, false);

    assertThat(extraction.status()).as(extraction.body()).isEqualTo(200);
    JsonNode body = extraction.json();
    assertThat(body.get("user_document").asText())
        .isEqualTo("***.***." + cpf.substring(6, 9) + "-" + cpf.substring(9));
    assertThat(body.get("accounts").size()).isBetween(2, 4);
    assertThat(body.get("summary").get("total_transactions").asInt())
        .isEqualTo(
            body.get("accounts").findValues("transactions").stream().mapToInt(JsonNode::size).sum())
        .isGreaterThanOrEqualTo(300);
    assertThat(body.get("summary").get("errors")).isEmpty();
    assertThat(body.get("accounts").get(0).get("balance").get("amount").asText())
        .matches("\\d+\\.\\d{2,4}");
    assertThat(extraction.body()).doesNotContain(cpf);
  }

  @Test
  void aRepeatedExtractionOfTheSameUserAsksTheProviderOnlyForBalancesAndTransactions() {
    Tenant newcomer = Tenant.signUp(api, "1.00");
    String cpf = TestCpfs.of(222333444);
    long before = totalCalls();
    ApiClient.Reply first = extract(newcomer, cpf, false);
    long firstCalls = totalCalls() - before;

    assertThat(extract(newcomer, cpf, false).status()).isEqualTo(200);
    long repeatedCalls = totalCalls() - before - firstCalls;

    // Client, token, consent and the list of accounts come from the vault: one balance and one page
    // per account.
    int accounts = first.json().get("accounts").size();
    assertThat(repeatedCalls).isEqualTo(2L * accounts);
    assertThat(firstCalls).isGreaterThanOrEqualTo(repeatedCalls + 6);
  }

  @Test
  void anInvalidCpfIs422BeforeAnyProviderCall() {
    long before = totalCalls();

    ApiClient.Reply refused = extract("00011122233", false);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("pointer").asText())
        .isEqualTo("/user_document_number");
    assertThat(totalCalls()).isEqualTo(before);
  }

  @Test
  void aRejectedConsentIsReportedClearly() {
    ApiClient.Reply rejected = extract(TestCpfs.of(999111222), false);

    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.json().get("type").asText())
        .isEqualTo("urn:finflow:problem:consent-rejected");
    assertThat(rejected.json().get("detail").asText()).contains("CUSTOMER_MANUALLY_REJECTED");
  }

  @Test
  void survivesAProviderThatTimesOutOnAFifthOfItsAnswers() {
    EndpointFaults flaky = EndpointFaults.NONE.withGatewayTimeoutRate(0.2);
    ProviderFaults faults = ProviderFaults.NONE;
    for (ProviderEndpoint endpoint : ProviderEndpoint.values()) {
      faults = faults.with(endpoint, flaky);
    }
    runtime.provider().faults(faults.withSeed(5));
    try {
      for (int user = 0; user < 3; user++) {
        ApiClient.Reply extraction = extract(TestCpfs.of(300000000 + user), false);
        assertThat(extraction.status()).as(extraction.body()).isEqualTo(200);
        assertThat(extraction.json().get("summary").get("errors")).isEmpty();
      }
    } finally {
      runtime.provider().faults(ProviderFaults.NONE);
    }
  }

  @Test
  void anAsynchronousExtractionIsPolledUntilCompleted() {
    ApiClient.Reply accepted = extract(TestCpfs.of(444555666), true);
    assertThat(accepted.status()).isEqualTo(202);
    String location = accepted.header("location").orElseThrow();

    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode state = api.get(location, Optional.of(tenant.accessToken())).json();
    while (state.get("status").asText().equals("pending") && Instant.now().isBefore(deadline)) {
      Settlement.sleep(250);
      state = api.get(location, Optional.of(tenant.accessToken())).json();
    }

    assertThat(state.get("status").asText()).isEqualTo("completed");
    assertThat(state.get("result").get("accounts").size()).isBetween(2, 4);
  }

  @Test
  void anAsynchronousExtractionNotifiesItsWebhookWithASignedNotice() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(1)) {
      ApiClient.Reply accepted =
          api.post(
              "/extract-financial-data",
              Optional.of(tenant.accessToken()),
              "{\"name\":\"My App\",\"organization_name\":\"My Organization\",\"organization_id\":\"123\","
                  + "\"user_document_number\":\""
                  + TestCpfs.of(555666777)
                  + "\",\"async\":true,\"webhook_url\":\""
                  + receiver.url()
                  + "\"}");
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
      String extractionId = accepted.json().get("extraction_id").asText();

      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (receiver.received.stream().noneMatch(request -> request.answered() == 200)
          && Instant.now().isBefore(deadline)) {
        Settlement.sleep(200);
      }

      byte[] secret =
          Base64.getDecoder()
              .decode(
                  api.get("/organizations/me/webhook-secret", Optional.of(tenant.accessToken()))
                      .json()
                      .get("secret")
                      .asText());
      assertThat(receiver.received.get(0).answered()).isEqualTo(500);
      WebhookReceiver.Received notice =
          receiver.received.stream()
              .filter(request -> request.answered() == 200)
              .findFirst()
              .orElseThrow();
      assertThat(notice.headers()).containsEntry("finflow-event-type", "extraction.completed");
      String timestamp = notice.headers().get("finflow-signature").replaceAll("t=(\\d+),.*", "$1");
      assertThat(notice.headers().get("finflow-signature"))
          .isEqualTo(WebhookSignature.header(secret, Long.parseLong(timestamp), notice.body()));
      assertThat(notice.body()).contains(extractionId).doesNotContain("transactions");

      // The attempt is recorded once the receiver has answered: wait for the log to catch up.
      String deliveriesPath = "/extractions/" + extractionId + "/webhook-deliveries";
      JsonNode deliveries =
          api.get(deliveriesPath, Optional.of(tenant.accessToken())).json().get("deliveries");
      Instant recorded = Instant.now().plus(Duration.ofSeconds(10));
      while (!deliveries.path(0).path("status").asText().equals("delivered")
          && Instant.now().isBefore(recorded)) {
        Settlement.sleep(200);
        deliveries =
            api.get(deliveriesPath, Optional.of(tenant.accessToken())).json().get("deliveries");
      }
      assertThat(deliveries).hasSize(1);
      assertThat(deliveries.get(0).get("delivery_id").asText())
          .isEqualTo("extraction.completed:" + extractionId);
      assertThat(deliveries.get(0).get("event_type").asText()).isEqualTo("extraction.completed");
      assertThat(deliveries.get(0).get("status").asText()).isEqualTo("delivered");
      assertThat(deliveries.get(0).get("attempts").findValuesAsText("status_code"))
          .startsWith("500")
          .contains("200");
      assertThat(notice.headers())
          .containsEntry("finflow-event-id", "extraction.completed:" + extractionId);

      Tenant stranger = Tenant.signUp(api, "1.00");
      assertThat(api.get(deliveriesPath, Optional.of(stranger.accessToken())).status())
          .isEqualTo(404);
    }
  }

  @Test
  void theTokenVaultHoldsNoCpfNorProviderSecretInTheClear() {
    String cpf = TestCpfs.of(777888999);
    assertThat(extract(cpf, false).status()).isEqualTo(200);
    var dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint());
    String table =
        runtime.stack().ofType("AWS::DynamoDB::Table").stream()
            .filter(resource -> resource.logicalId().startsWith("TokensTable"))
            .findFirst()
            .orElseThrow()
            .ref();

    StringBuilder raw = new StringBuilder();
    dynamoDb
        .scanPaginator(request -> request.tableName(table))
        .items()
        .forEach(
            item ->
                item.values()
                    .forEach(
                        value ->
                            raw.append(value.s())
                                .append(
                                    value.b() == null
                                        ? ""
                                        : new String(
                                            value.b().asByteArray(), StandardCharsets.ISO_8859_1))
                                .append('\n')));

    assertThat(raw).isNotEmpty();
    assertThat(raw.toString())
        .doesNotContain(cpf)
        .doesNotContain(runtime.provider().registrationSecret());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "v1/banco-ipe",
        "v1/cooperativa-serrana",
        "v2/banco-jacaranda",
        "v2/fintech-tucano"
      })
  void readsEveryFieldOfWhatARealInstitutionSentInEitherVersion(String institution)
      throws Exception {
    Path recording = RECORDINGS.resolve(institution);
    String cpf = runtime.provider().serveRecorded(recording);
    JsonNode expected = LocalJson.MAPPER.readTree(recording.resolve("expected.json").toFile());

    ApiClient.Reply extraction = extract(cpf, false);

    assertThat(extraction.status()).as(extraction.body()).isEqualTo(200);
    JsonNode body = extraction.json();
    assertThat(body.get("accounts")).isEqualTo(expected.get("accounts"));
    assertThat(body.get("summary").get("errors")).isEqualTo(expected.get("errors"));
    int transactions =
        body.get("accounts").findValues("transactions").stream().mapToInt(JsonNode::size).sum();
    assertThat(body.get("summary").get("total_transactions").asInt()).isEqualTo(transactions);
    System.out.printf(
        "| %-26s | %2d accounts | %3d transactions | %4d fields compared | %d records listed in"
            + " summary.errors |%n",
        institution,
        body.get("accounts").size(),
        transactions,
        leaves(expected.get("accounts")),
        body.get("summary").get("errors").size());
  }

  @Test
  void aStrictExtractionOfARecordingWithUnreadableRecordsFailsNamingThem() throws Exception {
    String cpf = runtime.provider().serveRecorded(RECORDINGS.resolve("v2/fintech-tucano"));

    ApiClient.Reply extraction =
        api.post(
            "/extract-financial-data",
            Optional.of(tenant.accessToken()),
            "{\"name\":\"My App\",\"organization_name\":\"My Organization\","
                + "\"organization_id\":\"123\",\"user_document_number\":\""
                + cpf
                + "\",\"strict\":true}");

    assertThat(extraction.status()).as(extraction.body()).isEqualTo(502);
    assertThat(extraction.json().get("type").asText())
        .isEqualTo("urn:finflow:problem:provider-data-unreadable");
    assertThat(extraction.json().get("unreadable").get(0).get("field").asText())
        .isEqualTo("transactionAmount.amount");
  }

  @Test
  void aRepeatedExtractionAsksOnlyForWhatWasBookedSinceAndAnswersAsAFullOne() {
    Tenant newcomer = Tenant.signUp(api, "1.00");
    String cpf = TestCpfs.of(246813579);
    runtime.provider().accountsOf(cpf, 6);
    runtime.provider().largestPage(25);
    try {
      long before = totalCalls();
      ApiClient.Reply first = extract(newcomer, cpf, false);
      long firstCalls = totalCalls() - before;
      ApiClient.Reply repeat = extract(newcomer, cpf, false);
      long repeatCalls = totalCalls() - before - firstCalls;
      ApiClient.Reply full =
          api.post(
              "/extract-financial-data",
              Optional.of(newcomer.accessToken()),
              "{\"name\":\"My App\",\"organization_name\":\"My Organization\","
                  + "\"organization_id\":\"123\",\"user_document_number\":\""
                  + cpf
                  + "\",\"full\":true}");

      assertThat(first.json().get("accounts")).hasSize(6);
      assertThat(repeat.json().get("accounts")).isEqualTo(first.json().get("accounts"));
      assertThat(full.json().get("accounts")).isEqualTo(first.json().get("accounts"));
      // One balance and one page of the newest days per account.
      assertThat(repeatCalls).isEqualTo(12);
      assertThat(1.0 - (double) repeatCalls / firstCalls).isGreaterThanOrEqualTo(0.8);
    } finally {
      runtime.provider().largestPage(1000);
    }
  }

  private static int leaves(JsonNode node) {
    if (node.isContainerNode()) {
      int count = 0;
      for (JsonNode child : node) {
        count += leaves(child);
      }
      return count;
    }
    return 1;
  }

  private ApiClient.Reply extract(String cpf, boolean async) {
    return extract(tenant, cpf, async);
  }

  private ApiClient.Reply extract(Tenant caller, String cpf, boolean async) {
    return api.post(
        "/extract-financial-data",
        Optional.of(caller.accessToken()),
        "{\"name\":\"My App\",\"organization_name\":\"My Organization\",\"organization_id\":\"123\","
            + "\"user_document_number\":\""
            + cpf
            + "\""
            + (async ? ",\"async\":true" : "")
            + "}");
  }

  private long totalCalls() {
    return runtime.provider().calls().values().stream().mapToLong(Long::longValue).sum();
  }
}
