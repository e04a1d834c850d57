package com.finflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.webhooks.WebhookNotice;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunExtractionTest {

  private static final Cpf USER = Cpf.parse("52998224725").orElseThrow();
  private static final URI WEBHOOK = URI.create("https://hooks.example.com/x");
  private static final RetryingProvider.Policy RETRIES =
      new RetryingProvider.Policy(Duration.ofMillis(5), Duration.ofMillis(50), 6);

  private final InMemoryExtractionStore store = new InMemoryExtractionStore();
  private final RecordingWebhookNotices notices = new RecordingWebhookNotices();

  @Test
  void keepsTheResultOfTheExtraction() {
    ScriptedProvider provider = new ScriptedProvider(2, 5, 100);
    store.pending("org-1", "extraction-1");

    runExtraction(provider).run(job(Optional.empty()));

    ExtractionState state = store.find("org-1", "extraction-1").orElseThrow();
    assertThat(state.status()).isEqualTo(ExtractionState.Status.COMPLETED);
    assertThat(state.result().orElseThrow().accounts()).hasSize(2);
    assertThat(notices.published()).isEmpty();
  }

  @Test
  void keepsARefusalAsTheAnswerRatherThanRetryingIt() {
    ScriptedProvider provider = new ScriptedProvider(1, 5, 100).rejectingConsents();
    store.pending("org-1", "extraction-1");

    runExtraction(provider).run(job(Optional.empty()));

    ExtractionState state = store.find("org-1", "extraction-1").orElseThrow();
    assertThat(state.status()).isEqualTo(ExtractionState.Status.FAILED);
    assertThat(state.problemType()).contains("invalid_request");
    assertThat(state.detail().orElseThrow())
        .contains("rejected the consent")
        .contains("CUSTOMER_MANUALLY_REJECTED");
  }

  @Test
  void anythingButARefusalFailsTheJobSoTheQueueRetriesIt() {
    ScriptedProvider provider =
        new ScriptedProvider(1, 5, 100)
            .failing("register", new IllegalStateException("the sessions table is unreachable"));
    store.pending("org-1", "extraction-1");

    assertThatThrownBy(() -> runExtraction(provider).run(job(Optional.of(WEBHOOK))))
        .isInstanceOf(IllegalStateException.class);

    assertThat(store.find("org-1", "extraction-1")).contains(ExtractionState.pending());
    assertThat(notices.published()).isEmpty();
  }

  @Test
  void publishesANoticeOfTheCompletedExtractionToTheWebhookWithoutFinancialData() {
    runExtraction(new ScriptedProvider(2, 5, 100)).run(job(Optional.of(WEBHOOK)));

    assertThat(notices.published())
        .containsExactly(
            new WebhookNotice(
                "extraction.completed:extraction-1",
                "extraction.completed",
                "org-1",
                "extraction/extraction-1",
                WEBHOOK,
                Map.of(
                    "extraction_id",
                    "extraction-1",
                    "status",
                    "completed",
                    "links",
                    Map.of("self", "/extractions/extraction-1"))));
    assertThat(notices.published().getFirst().data().toString())
        .doesNotContain("transactions")
        .doesNotContain("52998224725")
        .doesNotContain("247-25");
  }

  @Test
  void publishesANoticeOfAFailedExtraction() {
    runExtraction(new ScriptedProvider(1, 5, 100).rejectingConsents())
        .run(job(Optional.of(WEBHOOK)));

    assertThat(notices.published())
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.id()).isEqualTo("extraction.failed:extraction-1");
              assertThat(notice.type()).isEqualTo("extraction.failed");
              assertThat(notice.data()).containsEntry("status", "failed");
            });
  }

  @Test
  void aJobRunAgainAfterItsExtractionEndedOnlyPublishesTheNoticeAgain() {
    ScriptedProvider provider = new ScriptedProvider(2, 5, 100);
    RunExtraction runExtraction = runExtraction(provider);
    runExtraction.run(job(Optional.of(WEBHOOK)));
    int calls = provider.totalCalls();

    runExtraction.run(job(Optional.of(WEBHOOK)));

    assertThat(provider.totalCalls()).isEqualTo(calls);
    assertThat(notices.published())
        .hasSize(2)
        .allSatisfy(
            notice -> assertThat(notice.id()).isEqualTo("extraction.completed:extraction-1"));
  }

  private RunExtraction runExtraction(ScriptedProvider provider) {
    return new RunExtraction(
        new Extractor(
            deadline -> new RetryingProvider(provider, deadline, RETRIES),
            new InMemoryProviderSessions(),
            new InMemoryTransactionHistory(),
            Clock.systemUTC(),
            "sandbox"),
        store,
        notices,
        Duration.ofSeconds(10),
        Clock.systemUTC());
  }

  private static ExtractionJob job(Optional<URI> webhookUrl) {
    return new ExtractionJob(
        "extraction-1",
        "org-1",
        new ExtractionCommand("My App", "My Organization", "123", USER, true, webhookUrl));
  }
}
