package com.finflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.Caller;
import com.finflow.shared.failure.Category;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookDeliveryReportTest {

  private static final Caller ORG_1 = new Caller("user-1", "org-1", "member");
  private static final Caller ORG_2 = new Caller("user-2", "org-2", "admin");
  private static final URI URL = URI.create("https://hooks.example.com/finflow");

  private final InMemoryWebhookDeliveries deliveries = new InMemoryWebhookDeliveries();
  private final RecordingWebhookQueue queue = new RecordingWebhookQueue();
  private final WebhookNotices notices =
      new PublishWebhook(deliveries, new RecordingWebhookQueue(), Clock.systemUTC());
  private final WebhookDeliveryReport report = new WebhookDeliveryReport(deliveries, queue);

  WebhookDeliveryReportTest() {
    notices.publish(notice("transfer.failed:b-1:1", "transfer.failed", "org-1", "bulk/b-1"));
    notices.publish(notice("bulk.settled:b-1", "bulk.settled", "org-1", "bulk/b-1"));
    notices.publish(
        notice("extraction.completed:e-1", "extraction.completed", "org-1", "extraction/e-1"));
    notices.publish(notice("bulk.settled:b-2", "bulk.settled", "org-2", "bulk/b-2"));
  }

  @Test
  void listsTheDeliveriesOfTheCallersBulkWithStatusUrlAndAttempts() {
    assertThat(report.of(ORG_1, WebhookSubject.bulk("b-1")))
        .satisfiesExactly(
            settled -> assertThat(settled.deliveryId()).isEqualTo("bulk.settled:b-1"),
            failed -> {
              assertThat(failed.deliveryId()).isEqualTo("transfer.failed:b-1:1");
              assertThat(failed.eventType()).isEqualTo("transfer.failed");
              assertThat(failed.status()).isEqualTo("pending");
              assertThat(failed.url()).isEqualTo(URL.toString());
              assertThat(failed.attempts()).isEmpty();
            });
  }

  @Test
  void listsExtractionAndBulkSubjectsSeparately() {
    assertThat(report.of(ORG_1, WebhookSubject.extraction("e-1")))
        .extracting(WebhookDeliveryReport.View::deliveryId)
        .containsExactly("extraction.completed:e-1");
    assertThat(report.of(ORG_1, WebhookSubject.bulk("b-1")))
        .extracting(WebhookDeliveryReport.View::deliveryId)
        .doesNotContain("extraction.completed:e-1");
  }

  @Test
  void anotherOrganizationsBulkAnswersAsAnUnknownOne() {
    NoSuchSubject hidden =
        catchThrowableOfType(
            NoSuchSubject.class, () -> report.of(ORG_2, WebhookSubject.bulk("b-1")));
    NoSuchSubject unknown =
        catchThrowableOfType(
            NoSuchSubject.class, () -> report.of(ORG_2, WebhookSubject.bulk("b-9")));

    assertThat(hidden.category()).isEqualTo(Category.NOT_FOUND);
    assertThat(hidden.problemType()).isEmpty();
    assertThat(hidden).hasMessage("no bulk with this id");
    assertThat(unknown).hasMessage(hidden.getMessage());
  }

  @Test
  void anExtractionWithoutDeliveriesOfTheCallerIsNotFound() {
    NoSuchSubject hidden =
        catchThrowableOfType(
            NoSuchSubject.class, () -> report.of(ORG_2, WebhookSubject.extraction("e-1")));

    assertThat(hidden).hasMessage("no extraction with this id");
  }

  @Test
  void redeliversTheCallersDeliveryEvenIfItWasDelivered() {
    WebhookDeliveryReport.View view =
        report.redeliver(ORG_1, WebhookSubject.extraction("e-1"), "extraction.completed:e-1");

    assertThat(view.eventType()).isEqualTo("extraction.completed");
    assertThat(queue.enqueued)
        .containsExactly(
            new RecordingWebhookQueue.Enqueued(
                WebhookSubject.extraction("e-1"), "extraction.completed:e-1", true));
  }

  @Test
  void redeliveringAnotherOrganizationsDeliveryIsNotFoundAndEnqueuesNothing() {
    NoSuchSubject hidden =
        catchThrowableOfType(
            NoSuchSubject.class,
            () -> report.redeliver(ORG_2, WebhookSubject.bulk("b-1"), "bulk.settled:b-1"));

    assertThat(hidden.category()).isEqualTo(Category.NOT_FOUND);
    assertThat(hidden).hasMessage("no bulk with this id");
    assertThat(queue.enqueued).isEmpty();
  }

  @Test
  void redeliveringAnUnknownDeliveryOfTheCallersBulkNamesTheDelivery() {
    NoSuchDelivery missing =
        catchThrowableOfType(
            NoSuchDelivery.class,
            () -> report.redeliver(ORG_1, WebhookSubject.bulk("b-1"), "bulk.settled:b-9"));

    assertThat(missing.category()).isEqualTo(Category.NOT_FOUND);
    assertThat(missing).hasMessage("no webhook delivery with this id");
    assertThat(queue.enqueued).isEmpty();
  }

  private static WebhookNotice notice(
      String id, String type, String organizationId, String subject) {
    return new WebhookNotice(id, type, organizationId, subject, URL, Map.of());
  }
}
