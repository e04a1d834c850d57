package com.finflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.MutableClock;
import com.finflow.shared.failure.Category;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliverWebhookTest {

  private static final WebhookSecrets SECRETS =
      organization -> ("secret of " + organization).getBytes(StandardCharsets.UTF_8);
  private static final WebhookSubject BULK = WebhookSubject.bulk("b-1");
  private static final String ID = "bulk.settled:b-1";

  private final InMemoryWebhookDeliveries deliveries = new InMemoryWebhookDeliveries();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:15:42Z"));

  DeliverWebhookTest() {
    new PublishWebhook(deliveries, new RecordingWebhookQueue(), clock)
        .publish(
            new WebhookNotice(
                ID,
                "bulk.settled",
                "org-1",
                "bulk/b-1",
                URI.create("https://hooks.example.com/finflow"),
                Map.of("status", "completed")));
  }

  @Test
  void postsThePayloadSignedWithTheOrganizationsSecretAndMarksADeliveryAcceptedWith2xxDelivered() {
    ScriptedEndpoint receiver = new ScriptedEndpoint(204);

    deliver(receiver, PublicDns.ADDRESSES).deliver(BULK, ID, false);

    ScriptedEndpoint.Request request = receiver.requests.getFirst();
    String payload = delivery().payload();
    assertThat(request.body()).isEqualTo(payload);
    assertThat(request.headers())
        .containsEntry("content-type", "application/json")
        .containsEntry("finflow-event-id", ID)
        .containsEntry("finflow-event-type", "bulk.settled")
        .containsEntry(
            WebhookSignature.HEADER,
            WebhookSignature.header(
                SECRETS.secretOf("org-1"), clock.instant().getEpochSecond(), payload));
    assertThat(delivery().status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
    assertThat(delivery().attempts())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.at()).isEqualTo(clock.instant());
              assertThat(attempt.statusCode()).contains(204);
              assertThat(attempt.error()).isEmpty();
            });
  }

  @Test
  void aReceiverAnsweringOtherThan2xxIsRecordedAndTheDeliveryThrownBackForRetry() {
    ScriptedEndpoint receiver = new ScriptedEndpoint(500, 200);
    DeliverWebhook deliver = deliver(receiver, PublicDns.ADDRESSES);

    WebhookNotAccepted refused =
        catchThrowableOfType(WebhookNotAccepted.class, () -> deliver.deliver(BULK, ID, false));
    deliver.deliver(BULK, ID, false);

    assertThat(refused.category()).isEqualTo(Category.UPSTREAM_FAILED);
    assertThat(refused.getMessage()).isEqualTo("the receiver answered 500");
    assertThat(delivery().attempts())
        .extracting(WebhookDelivery.Attempt::statusCode)
        .containsExactly(Optional.of(500), Optional.of(200));
    assertThat(delivery().status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
  }

  @Test
  void anUnreachableReceiverIsRecordedWithTheErrorAndRetried() {
    DeliverWebhook deliver =
        deliver(new ScriptedEndpoint(ScriptedEndpoint.UNREACHABLE), PublicDns.ADDRESSES);

    catchThrowableOfType(UncheckedIOException.class, () -> deliver.deliver(BULK, ID, false));

    assertThat(delivery().attempts())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.statusCode()).isEmpty();
              assertThat(attempt.error()).contains("UncheckedIOException");
            });
    assertThat(delivery().status()).isEqualTo(WebhookDelivery.Status.PENDING);
  }

  @Test
  void anAddressThatResolvesInsideAPrivateNetworkIsRecordedAsRefusedSentNothingAndNotRetried()
      throws Exception {
    ScriptedEndpoint receiver = new ScriptedEndpoint();
    WebhookAddress privateDns =
        new WebhookAddress(Set.of(), host -> List.of(InetAddress.getByName("10.0.0.8")));

    deliver(receiver, privateDns).deliver(BULK, ID, false);

    assertThat(receiver.requests).isEmpty();
    assertThat(delivery().attempts())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.statusCode()).isEmpty();
              assertThat(attempt.error())
                  .contains(
                      "not sent: the URL resolves to a private, loopback or link-local address");
            });
    assertThat(delivery().status()).isEqualTo(WebhookDelivery.Status.PENDING);
  }

  @Test
  void aDeliveredNoticeIsSentAgainOnlyWhenTheOrganizationAsks() {
    ScriptedEndpoint receiver = new ScriptedEndpoint();
    DeliverWebhook deliver = deliver(receiver, PublicDns.ADDRESSES);
    deliver.deliver(BULK, ID, false);

    deliver.deliver(BULK, ID, false);
    deliver.deliver(BULK, ID, true);

    assertThat(receiver.requests).hasSize(2);
    assertThat(delivery().attempts()).hasSize(2);
  }

  @Test
  void aDeliveryMissingFromTheLogFailsLoudly() {
    IllegalStateException missing =
        catchThrowableOfType(
            IllegalStateException.class,
            () ->
                deliver(new ScriptedEndpoint(), PublicDns.ADDRESSES)
                    .deliver(WebhookSubject.extraction("b-1"), ID, false));

    assertThat(missing).hasMessageContaining("extraction/b-1");
  }

  private DeliverWebhook deliver(ScriptedEndpoint receiver, WebhookAddress address) {
    return new DeliverWebhook(
        deliveries, new SignedWebhook(SECRETS, receiver, clock), address, clock);
  }

  private WebhookDelivery delivery() {
    return deliveries.find(BULK, ID).orElseThrow();
  }
}
