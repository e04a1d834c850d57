package com.finflow.webhooks.lambda;

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
import com.finflow.shared.sqs.QueuelessConsumer;
import com.finflow.webhooks.DeliverWebhook;
import com.finflow.webhooks.InMemoryWebhookDeliveries;
import com.finflow.webhooks.PublicDns;
import com.finflow.webhooks.PublishWebhook;
import com.finflow.webhooks.RecordingWebhookQueue;
import com.finflow.webhooks.ScriptedEndpoint;
import com.finflow.webhooks.SignedWebhook;
import com.finflow.webhooks.WebhookDelivery;
import com.finflow.webhooks.WebhookDeliveryReport;
import com.finflow.webhooks.WebhookNotice;
import com.finflow.webhooks.WebhookSecret;
import com.finflow.webhooks.WebhookSubject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The webhook handlers fed the sample events of {@code events/webhooks}. */
class WebhooksHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-webhooks");
  private static final String ORGANIZATION = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
  private static final String BULK = "5b1f0c9e-2f4a-4d8e-9a3b-7c6d5e4f3a2b";
  private static final String EXTRACTION = "2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f";

  private final InMemoryWebhookDeliveries deliveries = new InMemoryWebhookDeliveries();
  private final RecordingWebhookQueue queue = new RecordingWebhookQueue();
  private final WebhookDeliveriesHandler deliveriesHandler =
      new WebhookDeliveriesHandler(new WebhookDeliveryReport(deliveries, queue));

  WebhooksHandlersTest() {
    PublishWebhook publish =
        new PublishWebhook(deliveries, new RecordingWebhookQueue(), Clock.systemUTC());
    publish.publish(
        new WebhookNotice(
            "bulk.settled:" + BULK,
            "bulk.settled",
            ORGANIZATION,
            "bulk/" + BULK,
            URI.create("https://hooks.example.com/finflow"),
            Map.of("bulk_id", BULK)));
    publish.publish(
        new WebhookNotice(
            "extraction.completed:" + EXTRACTION,
            "extraction.completed",
            ORGANIZATION,
            "extraction/" + EXTRACTION,
            URI.create("https://hooks.example.com/finflow"),
            Map.of("extraction_id", EXTRACTION)));
  }

  @Test
  void listsTheWebhookDeliveriesOfTheCallersBulkOnly() throws Exception {
    APIGatewayV2HTTPEvent list = SampleEvents.httpEvent("webhooks/webhook-deliveries.json");

    APIGatewayV2HTTPResponse listed = deliveriesHandler.handleRequest(list, CONTEXT);
    list.getRequestContext()
        .getAuthorizer()
        .getLambda()
        .put("organization_id", "another-organization");
    APIGatewayV2HTTPResponse hidden = deliveriesHandler.handleRequest(list, CONTEXT);

    assertThat(listed.getStatusCode()).isEqualTo(200);
    JsonNode delivery = Json.MAPPER.readTree(listed.getBody()).get("deliveries").get(0);
    assertThat(delivery.get("delivery_id").asText()).isEqualTo("bulk.settled:" + BULK);
    assertThat(delivery.get("event_type").asText()).isEqualTo("bulk.settled");
    assertThat(delivery.get("status").asText()).isEqualTo("pending");
    assertThat(delivery.get("url").asText()).isEqualTo("https://hooks.example.com/finflow");
    assertThat(delivery.has("created_at")).isTrue();
    assertThat(delivery.get("attempts")).isEmpty();
    assertThat(hidden.getStatusCode()).isEqualTo(404);
    JsonNode problem = Json.MAPPER.readTree(hidden.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:not-found");
    assertThat(problem.get("detail").asText()).isEqualTo("no bulk with this id");
  }

  @Test
  void listsAnExtractionsDeliveriesAtItsOwnRoute() throws Exception {
    APIGatewayV2HTTPResponse listed =
        deliveriesHandler.handleRequest(
            SampleEvents.httpEvent("webhooks/list-extraction-webhook-deliveries.json"), CONTEXT);

    assertThat(listed.getStatusCode()).isEqualTo(200);
    assertThat(
            Json.MAPPER
                .readTree(listed.getBody())
                .get("deliveries")
                .findValuesAsText("delivery_id"))
        .containsExactly("extraction.completed:" + EXTRACTION);
  }

  @Test
  void redeliversABulkOrAnExtractionDeliveryWith202() throws Exception {
    APIGatewayV2HTTPResponse bulk =
        deliveriesHandler.handleRequest(
            SampleEvents.httpEvent("webhooks/redeliver-webhook.json"), CONTEXT);
    APIGatewayV2HTTPResponse extraction =
        deliveriesHandler.handleRequest(
            SampleEvents.httpEvent("webhooks/redeliver-extraction-webhook.json"), CONTEXT);

    assertThat(bulk.getStatusCode()).isEqualTo(202);
    assertThat(Json.MAPPER.readTree(bulk.getBody()).get("delivery_id").asText())
        .isEqualTo("bulk.settled:" + BULK);
    assertThat(extraction.getStatusCode()).isEqualTo(202);
    assertThat(queue.enqueued)
        .containsExactly(
            new RecordingWebhookQueue.Enqueued(
                WebhookSubject.bulk(BULK), "bulk.settled:" + BULK, true),
            new RecordingWebhookQueue.Enqueued(
                WebhookSubject.extraction(EXTRACTION), "extraction.completed:" + EXTRACTION, true));
  }

  @Test
  void redeliveringAnotherOrganizationsDeliveryIs404() {
    APIGatewayV2HTTPEvent redeliver =
        SampleEvents.httpEvent("webhooks/redeliver-extraction-webhook.json");
    redeliver
        .getRequestContext()
        .getAuthorizer()
        .getLambda()
        .put("organization_id", "another-organization");

    assertThat(deliveriesHandler.handleRequest(redeliver, CONTEXT).getStatusCode()).isEqualTo(404);
    assertThat(queue.enqueued).isEmpty();
  }

  @Test
  void refusesIdsInThePathThatAreNotAsciiWith422BeforeLookingAnythingUp() throws Exception {
    APIGatewayV2HTTPEvent list = SampleEvents.httpEvent("webhooks/webhook-deliveries.json");
    list.setPathParameters(Map.of("bulk_id", BULK.replace('5', '٥')));
    APIGatewayV2HTTPEvent redeliver = SampleEvents.httpEvent("webhooks/redeliver-webhook.json");
    redeliver.setPathParameters(
        Map.of("bulk_id", BULK, "delivery_id", "bulk.settled:" + BULK + "\u200B"));

    APIGatewayV2HTTPResponse listed = deliveriesHandler.handleRequest(list, CONTEXT);
    APIGatewayV2HTTPResponse redelivered = deliveriesHandler.handleRequest(redeliver, CONTEXT);

    assertThat(listed.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(listed.getBody()).get("errors").findValuesAsText("pointer"))
        .containsExactly("/path/bulk_id");
    assertThat(redelivered.getStatusCode()).isEqualTo(422);
    assertThat(
            Json.MAPPER.readTree(redelivered.getBody()).get("errors").findValuesAsText("pointer"))
        .containsExactly("/path/delivery_id");
    assertThat(queue.enqueued).isEmpty();
  }

  @Test
  void showsTheWebhookSecretToAdminsOnly() throws Exception {
    WebhookSecretHandler handler =
        new WebhookSecretHandler(
            new WebhookSecret(
                organization ->
                    "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8)));
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("webhooks/webhook-secret.json");

    APIGatewayV2HTTPResponse shown = handler.handleRequest(event, CONTEXT);
    event.getRequestContext().getAuthorizer().getLambda().put("role", "member");

    assertThat(shown.getStatusCode()).isEqualTo(200);
    JsonNode secret = Json.MAPPER.readTree(shown.getBody());
    assertThat(secret.get("encoding").asText()).isEqualTo("base64");
    assertThat(secret.get("secret").asText())
        .isEqualTo("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    assertThat(secret.get("signature_header").asText()).isEqualTo("finflow-signature");
    assertThat(handler.handleRequest(event, CONTEXT).getStatusCode()).isEqualTo(403);
  }

  @Test
  void deliversTheSampleMessageAndReportsOnlyAnUnreadableOneAsFailed() {
    SQSEvent batch =
        EventLoader.loadSQSEvent(SampleEvents.path("webhooks/deliver-webhook.json").toString());
    SQSEvent.SQSMessage unreadable = new SQSEvent.SQSMessage();
    unreadable.setMessageId("unreadable-1");
    unreadable.setBody("{\"bulkId\": \"" + BULK + "\"}");
    batch.setRecords(java.util.List.of(batch.getRecords().get(0), unreadable));
    ScriptedEndpoint receiver = new ScriptedEndpoint(200);
    DeliverWebhookHandler handler =
        new DeliverWebhookHandler(
            new DeliverWebhook(
                deliveries,
                new SignedWebhook(organization -> new byte[32], receiver, Clock.systemUTC()),
                PublicDns.ADDRESSES,
                Clock.systemUTC()),
            QueuelessConsumer.create(true));

    SQSBatchResponse response = handler.handleRequest(batch, CONTEXT);

    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("unreadable-1");
    assertThat(receiver.requests)
        .singleElement()
        .satisfies(
            request ->
                assertThat(request.headers())
                    .containsEntry("finflow-event-id", "bulk.settled:" + BULK));
    assertThat(
            deliveries
                .find(WebhookSubject.bulk(BULK), "bulk.settled:" + BULK)
                .orElseThrow()
                .status())
        .isEqualTo(WebhookDelivery.Status.DELIVERED);
  }
}
