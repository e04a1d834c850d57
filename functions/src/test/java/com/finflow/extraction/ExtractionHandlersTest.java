package com.finflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import com.finflow.extraction.aws.SqsExtractionJobs;
import com.finflow.webhooks.PublicDns;
import com.finflow.webhooks.SignedWebhook;
import com.finflow.webhooks.WebhookAddress;
import com.finflow.webhooks.WebhookSignature;
import com.finflow.transfers.adapters.TransferAdapters;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The extraction handlers fed the sample events of {@code events/extraction}. */
class ExtractionHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-extraction");

  private final ScriptedProvider provider = new ScriptedProvider(2, 30, 10);
  private final InMemoryTokenVault vault = new InMemoryTokenVault();
  private final ExtractionResults results = new ExtractionResults(vault, Clock.systemUTC());
  private final List<ExtractionJob> jobs = new CopyOnWriteArrayList<>();
  private final Function<Deadline, ExtractFinancialData> extractions = deadline -> new ExtractFinancialData(
      new RetryingProvider(provider, deadline, Duration.ofMillis(5), Duration.ofMillis(50), 6), vault, Clock.systemUTC(),
      "sandbox");
  private final ExtractHandler extract = new ExtractHandler(extractions, results, jobs::add, Duration.ofSeconds(10),
      PublicDns.ADDRESSES);
  private final List<Map<String, String>> notices = new CopyOnWriteArrayList<>();
  private final List<String> noticeBodies = new CopyOnWriteArrayList<>();
  private final byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private final NotifyExtraction notify = new NotifyExtraction(results,
      new SignedWebhook(organization -> secret, (url, headers, body) -> {
        notices.add(headers);
        noticeBodies.add(body);
        return 200;
      }, Clock.systemUTC()), PublicDns.ADDRESSES, Clock.systemUTC());

  @Test
  void answersTheNormalizedExtractionWithTheDocumentMasked() throws Exception {
    APIGatewayV2HTTPResponse response = extract.handleRequest(
        SampleEvents.httpEvent("extraction/extract-financial-data.json"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(response.getBody());
    assertThat(body.get("user_document").asText()).isEqualTo("***.***.247-25");
    assertThat(body.get("summary").get("total_accounts").asInt()).isEqualTo(2);
    assertThat(body.get("summary").get("total_transactions").asInt()).isEqualTo(60);
    assertThat(body.get("accounts").get(0).get("transactions").get(0).get("amount").isTextual()).isTrue();
    assertThat(response.getBody()).doesNotContain("52998224725");
  }

  @Test
  void refusesAnInvalidCpfWith422BeforeCallingTheProvider() throws Exception {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("extraction/extract-financial-data.json");
    event.setBody(event.getBody().replace("52998224725", "00011122233"));

    APIGatewayV2HTTPResponse response = extract.handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("errors").get(0).get("pointer").asText())
        .isEqualTo("/user_document_number");
    assertThat(provider.totalCalls()).isZero();
  }

  @Test
  void acceptsAnAsynchronousExtractionRunsItFromTheQueueAndKeepsTheResultForItsOrganization() throws Exception {
    APIGatewayV2HTTPResponse accepted = extract.handleRequest(
        SampleEvents.httpEvent("extraction/extract-financial-data-async.json"), CONTEXT);
    String extractionId = Json.MAPPER.readTree(accepted.getBody()).get("extraction_id").asText();
    assertThat(accepted.getStatusCode()).isEqualTo(202);
    assertThat(accepted.getHeaders()).containsEntry("location", "/extractions/" + extractionId);
    assertThat(status(extractionId, "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")).isEqualTo("pending");

    SQSEvent batch = EventLoader.loadSQSEvent(SampleEvents.path("extraction/extraction-batch.json").toString());
    batch.getRecords().get(0).setBody(batch.getRecords().get(0).getBody()
        .replace("2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f", extractionId));
    SQSBatchResponse processed = worker().handleRequest(batch, CONTEXT);

    assertThat(jobs).singleElement().satisfies(job -> assertThat(job.extractionId()).isEqualTo(extractionId));
    assertThat(processed.getBatchItemFailures()).isEmpty();
    assertThat(status(extractionId, "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")).isEqualTo("completed");
    assertThat(status(extractionId, "another-organization")).isEqualTo("404");
  }

  @Test
  void notifiesTheWebhookOfAnAsynchronousExtractionWithASignedNoticeAndNoFinancialData() throws Exception {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("extraction/extract-financial-data-async.json");
    event.setBody(event.getBody().replace("\"async\": true", "\"async\": true, \"webhook_url\": \"https://hooks.example.com/x\""));
    String extractionId = Json.MAPPER.readTree(extract.handleRequest(event, CONTEXT).getBody()).get("extraction_id").asText();
    ExtractionJob queued = jobs.get(0);
    ExtractionWorkerHandler worker = worker();

    worker.handleRequest(batchOf(queued), CONTEXT);
    worker.handleRequest(batchOf(jobs.get(1)), CONTEXT);

    assertThat(jobs).extracting(ExtractionJob::kind).containsExactly(ExtractionJob.Kind.EXTRACT, ExtractionJob.Kind.NOTIFY);
    assertThat(notices).singleElement().satisfies(headers -> {
      assertThat(headers).containsEntry("finflow-event-type", "extraction.completed");
      String timestamp = headers.get("finflow-signature").replaceAll("t=(\\d+),.*", "$1");
      assertThat(headers.get("finflow-signature"))
          .isEqualTo(WebhookSignature.header(secret, Long.parseLong(timestamp), noticeBodies.get(0)));
    });
    assertThat(noticeBodies.get(0)).contains(extractionId).doesNotContain("transactions").doesNotContain("52998224725");
  }

  @Test
  void refusesAWebhookOnAPrivateAddressBeforeAcceptingTheExtraction() throws Exception {
    ExtractHandler strict = new ExtractHandler(extractions, results, jobs::add, Duration.ofSeconds(10),
        new WebhookAddress(Set.of(), host -> List.of(InetAddress.getByName("10.0.0.8"))));
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("extraction/extract-financial-data-async.json");
    event.setBody(event.getBody().replace("\"async\": true", "\"async\": true, \"webhook_url\": \"https://internal.example.com/x\""));

    APIGatewayV2HTTPResponse refused = strict.handleRequest(event, CONTEXT);

    assertThat(refused.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(refused.getBody()).get("errors").get(0).get("pointer").asText()).isEqualTo("/webhook_url");
    assertThat(jobs).isEmpty();
  }

  private ExtractionWorkerHandler worker() {
    return new ExtractionWorkerHandler(extractions, results, TransferAdapters.consumerWithoutQueue(false),
        Duration.ofSeconds(10), jobs::add, notify);
  }

  private static SQSEvent batchOf(ExtractionJob job) {
    SQSEvent batch = EventLoader.loadSQSEvent(SampleEvents.path("extraction/extraction-batch.json").toString());
    batch.getRecords().get(0).setBody(SqsExtractionJobs.write(job));
    return batch;
  }

  private String status(String extractionId, String organizationId) throws Exception {
    APIGatewayV2HTTPEvent get = SampleEvents.httpEvent("extraction/get-extraction.json");
    Map<String, String> path = new HashMap<>(get.getPathParameters());
    path.put("extraction_id", extractionId);
    get.setPathParameters(path);
    get.getRequestContext().getAuthorizer().getLambda().put("organization_id", organizationId);
    APIGatewayV2HTTPResponse response = new GetExtractionHandler(results).handleRequest(get, CONTEXT);
    return response.getStatusCode() == 200
        ? Json.MAPPER.readTree(response.getBody()).get("status").asText()
        : String.valueOf(response.getStatusCode());
  }
}
