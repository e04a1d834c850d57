package com.finflow.extraction.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.extraction.ConsentRejected;
import com.finflow.extraction.ExtractFinancialData;
import com.finflow.extraction.ExtractionJob;
import com.finflow.extraction.Extractor;
import com.finflow.extraction.GetExtraction;
import com.finflow.extraction.InMemoryExtractionStore;
import com.finflow.extraction.InMemoryProviderSessions;
import com.finflow.extraction.InMemoryTransactionHistory;
import com.finflow.extraction.RecordingWebhookNotices;
import com.finflow.extraction.RetryingProvider;
import com.finflow.extraction.RunExtraction;
import com.finflow.extraction.ScriptedProvider;
import com.finflow.extraction.adapters.ExtractionJobMessages;
import com.finflow.shared.Json;
import com.finflow.shared.MutableClock;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import com.finflow.shared.quota.InMemoryQuota;
import com.finflow.shared.quota.RateLimit;
import com.finflow.shared.sqs.QueuelessConsumer;
import com.finflow.webhooks.WebhookAddress;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The extraction handlers fed the sample events of {@code events/extraction}. */
class ExtractionHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-extraction");
  private static final String ORGANIZATION = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

  /** Every host resolves to one public address, with no DNS involved. */
  private static final WebhookAddress PUBLIC_ADDRESSES =
      new WebhookAddress(
          Set.of(),
          host ->
              List.of(InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})));

  private final ScriptedProvider provider = new ScriptedProvider(2, 30, 10);
  private final InMemoryExtractionStore store = new InMemoryExtractionStore();
  private final List<ExtractionJob> jobs = new CopyOnWriteArrayList<>();
  private final RecordingWebhookNotices notices = new RecordingWebhookNotices();
  private final Extractor extractor =
      new Extractor(
          deadline ->
              new RetryingProvider(
                  provider,
                  deadline,
                  new RetryingProvider.Policy(Duration.ofMillis(5), Duration.ofMillis(50), 6)),
          new InMemoryProviderSessions(),
          new InMemoryTransactionHistory(),
          Clock.systemUTC(),
          "sandbox");
  private final ExtractFinancialDataHandler extract = extractHandler(PUBLIC_ADDRESSES);
  private final RunExtractionHandler worker =
      new RunExtractionHandler(
          new RunExtraction(extractor, store, notices, Duration.ofSeconds(10), Clock.systemUTC()),
          QueuelessConsumer.create());
  private final GetExtractionHandler get = new GetExtractionHandler(new GetExtraction(store));

  @Test
  void answersTheNormalizedExtractionWithTheDocumentMasked() throws Exception {
    APIGatewayV2HTTPResponse response =
        extract.handleRequest(
            SampleEvents.httpEvent("extraction/extract-financial-data.json"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(response.getBody());
    assertThat(body.get("user_document").asText()).isEqualTo("***.***.247-25");
    assertThat(body.get("summary").get("total_accounts").asInt()).isEqualTo(2);
    assertThat(body.get("summary").get("total_transactions").asInt()).isEqualTo(60);
    assertThat(body.get("accounts").get(0).get("transactions").get(0).get("amount").isTextual())
        .isTrue();
    assertThat(response.getBody()).doesNotContain("52998224725");
  }

  @Test
  void refusesAnInvalidCpfWith422BeforeCallingTheProvider() throws Exception {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("extraction/extract-financial-data.json");
    event.setBody(event.getBody().replace("52998224725", "00011122233"));

    APIGatewayV2HTTPResponse response = extract.handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(
            Json.MAPPER.readTree(response.getBody()).get("errors").get(0).get("pointer").asText())
        .isEqualTo("/user_document_number");
    assertThat(provider.totalCalls()).isZero();
  }

  @Test
  void refusesACpfInArabicIndicDigitsWith422BeforeCallingTheProviderOrStoringAnything()
      throws Exception {
    APIGatewayV2HTTPEvent event =
        SampleEvents.httpEvent("extraction/extract-financial-data-async.json");
    event.setBody(event.getBody().replace("52998224725", "٥٢٩٩٨٢٢٤٧٢٥"));

    APIGatewayV2HTTPResponse response = extract.handleRequest(event, CONTEXT);

    JsonNode problem = Json.MAPPER.readTree(response.getBody());
    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:invalid-request");
    assertThat(problem.get("errors").findValuesAsText("pointer"))
        .containsExactly("/user_document_number");
    assertThat(provider.totalCalls()).isZero();
    assertThat(jobs).isEmpty();
  }

  @Test
  void answers429WithRetryAfterOnceTheOrganizationsExtractionsOfTheMinuteAreUsedUp()
      throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:55.100Z"));
    ExtractFinancialDataHandler limited =
        new ExtractFinancialDataHandler(
            new ExtractFinancialData(
                extractor,
                store,
                jobs::add,
                new InMemoryQuota(RateLimit.perMinute("extractions", 1), clock),
                Duration.ofSeconds(10),
                Clock.systemUTC()),
            PUBLIC_ADDRESSES);
    limited.handleRequest(
        SampleEvents.httpEvent("extraction/extract-financial-data.json"), CONTEXT);
    long providerCalls = provider.totalCalls();

    APIGatewayV2HTTPResponse refused =
        limited.handleRequest(
            SampleEvents.httpEvent("extraction/extract-financial-data-async.json"), CONTEXT);

    assertThat(refused.getStatusCode()).isEqualTo(429);
    assertThat(refused.getHeaders()).containsEntry("retry-after", "5");
    JsonNode problem = Json.MAPPER.readTree(refused.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:rate-limited");
    assertThat(problem.get("detail").asText())
        .isEqualTo("your organization may make at most 1 extractions per minute; try again in 5 s");
    assertThat(provider.totalCalls()).isEqualTo(providerCalls);
    assertThat(jobs).isEmpty();
  }

  @Test
  void answersAnExtractionIdThatIsNotAUuidWith422NamingIt() throws Exception {
    for (String id :
        List.of(
            "extraction-1",
            "2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f\u200B",
            "../etc/passwd",
            "٢c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f")) {
      APIGatewayV2HTTPResponse response = getExtraction(id, ORGANIZATION);

      JsonNode problem = Json.MAPPER.readTree(response.getBody());
      assertThat(response.getStatusCode()).isEqualTo(422);
      assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:invalid-request");
      assertThat(problem.get("errors").findValuesAsText("pointer"))
          .containsExactly("/path/extraction_id");
    }
  }

  @Test
  void findsAnExtractionWhateverTheCaseOfItsId() throws Exception {
    String extractionId = acceptAndRun("\"async\": true");

    assertThat(getExtraction(extractionId.toUpperCase(Locale.ROOT), ORGANIZATION).getStatusCode())
        .isEqualTo(200);
  }

  @Test
  void answersARejectedConsentWithItsOwnProblemType() throws Exception {
    ScriptedProvider rejecting = new ScriptedProvider(1, 5, 100).rejectingConsents();
    ExtractFinancialDataHandler handler =
        new ExtractFinancialDataHandler(
            new ExtractFinancialData(
                new Extractor(
                    deadline -> rejecting,
                    new InMemoryProviderSessions(),
                    new InMemoryTransactionHistory(),
                    Clock.systemUTC(),
                    "sandbox"),
                store,
                jobs::add,
                organization -> {},
                Duration.ofSeconds(10),
                Clock.systemUTC()),
            PUBLIC_ADDRESSES);

    APIGatewayV2HTTPResponse response =
        handler.handleRequest(
            SampleEvents.httpEvent("extraction/extract-financial-data.json"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    JsonNode problem = Json.MAPPER.readTree(response.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:consent-rejected");
    assertThat(problem.get("detail").asText())
        .isEqualTo(new ConsentRejected("CUSTOMER_MANUALLY_REJECTED").getMessage());
  }

  @Test
  void acceptsAnAsynchronousExtractionRunsItFromTheQueueAndKeepsTheResultForItsOrganization()
      throws Exception {
    APIGatewayV2HTTPResponse accepted =
        extract.handleRequest(
            SampleEvents.httpEvent("extraction/extract-financial-data-async.json"), CONTEXT);
    JsonNode acceptedBody = Json.MAPPER.readTree(accepted.getBody());
    String extractionId = acceptedBody.get("extraction_id").asText();
    assertThat(accepted.getStatusCode()).isEqualTo(202);
    assertThat(accepted.getHeaders()).containsEntry("location", "/extractions/" + extractionId);
    assertThat(acceptedBody.get("status").asText()).isEqualTo("pending");
    assertThat(acceptedBody.get("links").get("self").asText())
        .isEqualTo("/extractions/" + extractionId);
    assertThat(status(extractionId, ORGANIZATION)).isEqualTo("pending");

    SQSEvent batch =
        EventLoader.loadSQSEvent(SampleEvents.path("extraction/run-extraction.json").toString());
    batch
        .getRecords()
        .get(0)
        .setBody(
            batch
                .getRecords()
                .get(0)
                .getBody()
                .replace("2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f", extractionId));
    SQSBatchResponse processed = worker.handleRequest(batch, CONTEXT);

    assertThat(jobs)
        .singleElement()
        .satisfies(job -> assertThat(job.extractionId()).isEqualTo(extractionId));
    assertThat(processed.getBatchItemFailures()).isEmpty();
    assertThat(status(extractionId, ORGANIZATION)).isEqualTo("completed");
    assertThat(status(extractionId, "another-organization")).isEqualTo("404");
    assertThat(notices.published()).isEmpty();
  }

  @Test
  void answersACompletedExtractionWithItsStatusThenItsResult() throws Exception {
    String extractionId = acceptAndRun("\"async\": true");

    JsonNode body = Json.MAPPER.readTree(getExtraction(extractionId, ORGANIZATION).getBody());

    assertThat(body.fieldNames()).toIterable().containsExactly("status", "result");
    assertThat(body.get("result").get("user_document").asText()).isEqualTo("***.***.247-25");
    assertThat(body.get("result").get("summary").get("total_transactions").asInt()).isEqualTo(60);
  }

  @Test
  void answersAFailedExtractionWithItsStatusDetailAndProblemType() throws Exception {
    String extractionId = "0b6f3c2a-8d4e-4f1a-9c7b-5e2d1a0f3b4c";
    store.failed(ORGANIZATION, extractionId, new ConsentRejected("CUSTOMER_MANUALLY_REJECTED"));

    JsonNode body = Json.MAPPER.readTree(getExtraction(extractionId, ORGANIZATION).getBody());

    assertThat(body.fieldNames()).toIterable().containsExactly("status", "detail", "problem_type");
    assertThat(body.get("status").asText()).isEqualTo("failed");
    assertThat(body.get("problem_type").asText()).isEqualTo("invalid_request");
  }

  @Test
  void notifiesTheWebhookOfAnAsynchronousExtractionWithANoticeAndNoFinancialData()
      throws Exception {
    String extractionId =
        acceptAndRun("\"async\": true, \"webhook_url\": \"https://hooks.example.com/x\"");

    assertThat(notices.published())
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.type()).isEqualTo("extraction.completed");
              assertThat(notice.id()).isEqualTo("extraction.completed:" + extractionId);
              assertThat(notice.organizationId()).isEqualTo(ORGANIZATION);
              assertThat(notice.subject()).isEqualTo("extraction/" + extractionId);
              assertThat(notice.url()).isEqualTo(URI.create("https://hooks.example.com/x"));
              assertThat(Json.write(notice.data()))
                  .contains(extractionId)
                  .doesNotContain("transactions")
                  .doesNotContain("52998224725");
            });
  }

  @Test
  void refusesAWebhookOnAPrivateAddressBeforeAcceptingTheExtraction() throws Exception {
    ExtractFinancialDataHandler strict =
        extractHandler(
            new WebhookAddress(Set.of(), host -> List.of(InetAddress.getByName("10.0.0.8"))));
    APIGatewayV2HTTPEvent event =
        SampleEvents.httpEvent("extraction/extract-financial-data-async.json");
    event.setBody(
        event
            .getBody()
            .replace(
                "\"async\": true",
                "\"async\": true, \"webhook_url\": \"https://internal.example.com/x\""));

    APIGatewayV2HTTPResponse refused = strict.handleRequest(event, CONTEXT);

    assertThat(refused.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(refused.getBody()).get("errors").get(0).get("pointer").asText())
        .isEqualTo("/webhook_url");
    assertThat(jobs).isEmpty();
  }

  private ExtractFinancialDataHandler extractHandler(WebhookAddress webhookAddress) {
    return new ExtractFinancialDataHandler(
        new ExtractFinancialData(
            extractor,
            store,
            jobs::add,
            organization -> {},
            Duration.ofSeconds(10),
            Clock.systemUTC()),
        webhookAddress);
  }

  /**
   * Accepts the sample asynchronous extraction with these members, and runs its job as the queue
   * delivers it.
   */
  private String acceptAndRun(String asyncMembers) throws Exception {
    APIGatewayV2HTTPEvent event =
        SampleEvents.httpEvent("extraction/extract-financial-data-async.json");
    event.setBody(event.getBody().replace("\"async\": true", asyncMembers));
    String extractionId =
        Json.MAPPER
            .readTree(extract.handleRequest(event, CONTEXT).getBody())
            .get("extraction_id")
            .asText();
    SQSEvent batch =
        EventLoader.loadSQSEvent(SampleEvents.path("extraction/run-extraction.json").toString());
    batch.getRecords().get(0).setBody(ExtractionJobMessages.write(jobs.getLast()));
    assertThat(worker.handleRequest(batch, CONTEXT).getBatchItemFailures()).isEmpty();
    return extractionId;
  }

  private APIGatewayV2HTTPResponse getExtraction(String extractionId, String organizationId) {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("extraction/get-extraction.json");
    Map<String, String> path = new HashMap<>(event.getPathParameters());
    path.put("extraction_id", extractionId);
    event.setPathParameters(path);
    event.getRequestContext().getAuthorizer().getLambda().put("organization_id", organizationId);
    return get.handleRequest(event, CONTEXT);
  }

  private String status(String extractionId, String organizationId) throws Exception {
    APIGatewayV2HTTPResponse response = getExtraction(extractionId, organizationId);
    return response.getStatusCode() == 200
        ? Json.MAPPER.readTree(response.getBody()).get("status").asText()
        : String.valueOf(response.getStatusCode());
  }
}
