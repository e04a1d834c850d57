package com.finflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.MutableClock;
import com.finflow.shared.quota.InMemoryQuota;
import com.finflow.shared.quota.RateLimit;
import com.finflow.shared.quota.TooManyRequests;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ExtractFinancialDataTest {

  private static final Cpf USER = Cpf.parse("52998224725").orElseThrow();
  private static final RetryingProvider.Policy RETRIES =
      new RetryingProvider.Policy(Duration.ofMillis(5), Duration.ofMillis(50), 6);

  private final ScriptedProvider provider = new ScriptedProvider(2, 5, 100);
  private final InMemoryExtractionStore store = new InMemoryExtractionStore();
  private final List<ExtractionJob> jobs = new CopyOnWriteArrayList<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:20Z"));
  private final InMemoryQuota twoAMinute =
      new InMemoryQuota(RateLimit.perMinute("extractions", 2), clock);
  private final ExtractFinancialData extractFinancialData =
      new ExtractFinancialData(
          new Extractor(
              deadline -> new RetryingProvider(provider, deadline, RETRIES),
              new InMemoryProviderSessions(),
              new InMemoryTransactionHistory(),
              Clock.systemUTC(),
              "sandbox"),
          store,
          jobs::add,
          twoAMinute,
          Duration.ofSeconds(10),
          Clock.systemUTC());

  @Test
  void extractsAtOnceWhenNotAskedToRunAsynchronously() {
    ExtractFinancialData.Outcome outcome =
        extractFinancialData.extract("org-1", command(false, Optional.empty()));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ExtractFinancialData.Extracted.class,
            extracted -> {
              assertThat(extracted.extraction().accounts()).hasSize(2);
              assertThat(extracted.extraction().userDocument()).isEqualTo("***.***.247-25");
            });
    assertThat(jobs).isEmpty();
  }

  @Test
  void anAsynchronousExtractionIsPendingAndQueuedUnderANewIdWithoutCallingTheProvider() {
    ExtractionCommand command =
        command(true, Optional.of(URI.create("https://hooks.example.com/x")));

    ExtractFinancialData.Outcome outcome = extractFinancialData.extract("org-1", command);

    String extractionId = ((ExtractFinancialData.Accepted) outcome).extractionId();
    assertThat(store.find("org-1", extractionId)).contains(ExtractionState.pending());
    assertThat(jobs).containsExactly(new ExtractionJob(extractionId, "org-1", command));
    assertThat(provider.totalCalls()).isZero();
  }

  @Test
  void eachAsynchronousExtractionGetsAnIdOfItsOwn() {
    ExtractionCommand command = command(true, Optional.empty());

    ExtractFinancialData.Outcome first = extractFinancialData.extract("org-1", command);
    ExtractFinancialData.Outcome second = extractFinancialData.extract("org-1", command);

    assertThat(first).isNotEqualTo(second);
    assertThat(jobs).extracting(ExtractionJob::extractionId).doesNotHaveDuplicates().hasSize(2);
  }

  @Test
  void anExtractionPastTheOrganizationsLimitIsRefusedBeforeAnyProviderCallOrJob() {
    extractFinancialData.extract("org-1", command(false, Optional.empty()));
    extractFinancialData.extract("org-1", command(true, Optional.empty()));
    long providerCalls = provider.totalCalls();

    TooManyRequests refused =
        catchThrowableOfType(
            TooManyRequests.class,
            () -> extractFinancialData.extract("org-1", command(true, Optional.empty())));

    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(40));
    assertThat(refused.getMessage())
        .isEqualTo(
            "your organization may make at most 2 extractions per minute; try again in 40 s");
    assertThat(provider.totalCalls()).isEqualTo(providerCalls);
    assertThat(jobs).hasSize(1);
  }

  @Test
  void anotherOrganizationAndTheNextMinuteAreNotLimitedByTheFirstOnesExtractions() {
    extractFinancialData.extract("org-1", command(true, Optional.empty()));
    extractFinancialData.extract("org-1", command(true, Optional.empty()));

    extractFinancialData.extract("org-2", command(true, Optional.empty()));
    clock.advance(Duration.ofSeconds(40));
    extractFinancialData.extract("org-1", command(true, Optional.empty()));

    assertThat(jobs)
        .extracting(ExtractionJob::organizationId)
        .containsExactly("org-1", "org-1", "org-2", "org-1");
  }

  private static ExtractionCommand command(boolean async, Optional<URI> webhookUrl) {
    return new ExtractionCommand("My App", "My Organization", "123", USER, async, webhookUrl);
  }
}
