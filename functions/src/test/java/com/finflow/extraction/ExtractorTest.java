package com.finflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.MutableClock;
import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.Failure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractorTest {

  private static final Cpf USER = Cpf.parse("52998224725").orElseThrow();
  private static final ExtractionCommand COMMAND =
      new ExtractionCommand("My App", "My Organization", "123", USER, false, Optional.empty());

  private static final RetryingProvider.Policy RETRIES =
      new RetryingProvider.Policy(Duration.ofMillis(5), Duration.ofMillis(50), 6);

  private final InMemoryProviderSessions sessions = new InMemoryProviderSessions();
  private final InMemoryTransactionHistory history = new InMemoryTransactionHistory();

  @Test
  void returnsEveryAccountWithItsBalanceAndEveryTransactionAcrossManyPages() {
    ScriptedProvider provider = new ScriptedProvider(3, 250, 20);

    Extraction extraction = extract(provider, Duration.ofSeconds(10));

    assertThat(extraction.accounts()).hasSize(3);
    assertThat(extraction.summary().totalTransactions()).isEqualTo(750);
    assertThat(provider.calls("transactions")).isEqualTo(3 * 13);
    assertThat(extraction.accounts().get(0).balance())
        .isEqualTo(new Extraction.Money("1000.0400", "BRL"));
    assertThat(extraction.accounts().get(0).transactions().get(1).amount()).isEqualTo("1.1000");
    assertThat(extraction.accounts().get(0).transactions().get(1).direction()).isEqualTo("debit");
    assertThat(extraction.userDocument()).isEqualTo("***.***.247-25");
    assertThat(extraction.complete()).isTrue();
  }

  @Test
  void aRepeatedExtractionReusesTheCachedClientTokenAndConsent() {
    ScriptedProvider provider = new ScriptedProvider(2, 10, 100);
    extract(provider, Duration.ofSeconds(10));
    int first = provider.totalCalls();

    extract(provider, Duration.ofSeconds(10));

    assertThat(provider.calls("register")).isEqualTo(1);
    assertThat(provider.calls("token")).isEqualTo(1);
    assertThat(provider.calls("createConsent")).isEqualTo(1);
    assertThat(provider.calls("accounts")).isEqualTo(1);
    assertThat(provider.totalCalls() - first).isLessThanOrEqualTo(first / 2);
  }

  @Test
  void retriesA504AndA429AndSucceeds() {
    ScriptedProvider provider =
        new ScriptedProvider(1, 5, 100)
            .failing(
                "accounts",
                new ProviderFailure(504, "timeout", Optional.empty()),
                new ProviderFailure(429, "slow down", Optional.of(Duration.ofMillis(20))));

    Extraction extraction = extract(provider, Duration.ofSeconds(10));

    assertThat(extraction.accounts()).hasSize(1);
    assertThat(provider.calls("accounts")).isEqualTo(3);
  }

  @Test
  void neverRetriesA400() {
    ScriptedProvider provider =
        new ScriptedProvider(1, 5, 100)
            .failing("accounts", new ProviderFailure(400, "bad request", Optional.empty()));

    Failure failure =
        catchThrowableOfType(Failure.class, () -> extract(provider, Duration.ofSeconds(10)));

    assertThat(failure)
        .isInstanceOf(ProviderFailed.class)
        .hasMessage("the provider failed: bad request");

    assertThat(provider.calls("accounts")).isEqualTo(1);
  }

  @ParameterizedTest(name = "provider {0} becomes {1}")
  @CsvSource({"400, 502", "401, 502", "500, 502", "0, 502", "404, 404", "422, 422", "504, 504"})
  void mapsEachProviderFailureAsTheSeedDid(int providerStatus, int finflowStatus) {
    ProviderFailure[] always = new ProviderFailure[10];
    Arrays.fill(always, new ProviderFailure(providerStatus, "failed", Optional.empty()));
    ScriptedProvider provider = new ScriptedProvider(1, 5, 100).failing("accounts", always);

    Failure failure =
        catchThrowableOfType(Failure.class, () -> extract(provider, Duration.ofSeconds(10)));

    assertThat(statusOf(failure.category())).isEqualTo(finflowStatus);
    assertThat(failure.problemType()).isEmpty();
    assertThat(failure.fieldErrors()).isEmpty();
  }

  @Test
  void reportsARejectedConsentClearly() {
    ScriptedProvider provider = new ScriptedProvider(1, 5, 100).rejectingConsents();

    ConsentRejected rejection =
        catchThrowableOfType(
            ConsentRejected.class, () -> extract(provider, Duration.ofSeconds(10)));

    assertThat(rejection.category()).isEqualTo(Category.INVALID_REQUEST);
    assertThat(rejection.problemType()).isEqualTo("consent-rejected");
    assertThat(rejection.getMessage())
        .isEqualTo(
            "the user rejected the consent at the provider"
                + " (CUSTOMER_MANUALLY_REJECTED); ask them to authorise it again");
    assertThat(provider.calls("accounts")).isZero();
  }

  @ParameterizedTest(name = "provider {0} becomes {1}")
  @CsvSource({
    "404, ProviderNotFound, the provider found no such resource: failed",
    "422, ProviderRefused, the provider refused the request: failed",
    "504, ProviderTimedOut, the provider kept timing out after retries: failed",
    "503, ProviderFailed, the provider failed: failed"
  })
  void namesEachProviderFailureAndSaysWhatTheProviderAnswered(
      int providerStatus, String failure, String detail) {
    ProviderFailure[] always = new ProviderFailure[10];
    Arrays.fill(always, new ProviderFailure(providerStatus, "failed", Optional.empty()));
    ScriptedProvider provider = new ScriptedProvider(1, 5, 100).failing("token", always);

    Failure thrown =
        catchThrowableOfType(Failure.class, () -> extract(provider, Duration.ofSeconds(10)));

    assertThat(thrown.getClass().getSimpleName()).isEqualTo(failure);
    assertThat(thrown).hasMessage(detail);
  }

  @Test
  void aConsentStillAwaitingAuthorisationAtTheDeadlineIsATimeoutToRetryLater() {
    ScriptedProvider provider = new ScriptedProvider(1, 5, 100).neverAuthorisingConsents();

    ConsentNotAuthorised timeout =
        catchThrowableOfType(
            ConsentNotAuthorised.class, () -> extract(provider, Duration.ofMillis(400)));

    assertThat(timeout.category()).isEqualTo(Category.UPSTREAM_TIMEOUT);
    assertThat(timeout)
        .hasMessage(
            "the user has not authorised the consent yet (AWAITING_AUTHORISATION);"
                + " retry once they have");
    assertThat(sessions.consent("org-1", USER)).isEmpty();
    assertThat(provider.calls("accounts")).isZero();
  }

  @Test
  void keepsWhatTheProviderGrantedForTheNextExtraction() {
    extract(new ScriptedProvider(2, 5, 100), Duration.ofSeconds(10));

    assertThat(sessions.client("org-1", "sandbox"))
        .contains(new OpenFinanceProvider.ClientCredentials("client-1", "secret-of-client-1"));
    assertThat(sessions.accessToken("org-1", "client-1"))
        .hasValueSatisfying(token -> assertThat(token.value()).isEqualTo("access-token-1"));
    assertThat(sessions.consent("org-1", USER).map(ProviderSessions.AuthorisedConsent::id))
        .contains("urn:consent:1");
    assertThat(sessions.accounts("org-1", "urn:consent:1"))
        .hasValueSatisfying(
            accounts ->
                assertThat(accounts)
                    .extracting(OpenFinanceProvider.Account::id)
                    .containsExactly("account-0", "account-1"));
    assertThat(sessions.client("org-2", "sandbox")).isEmpty();
  }

  @Test
  void asksForANewTokenOnceTheKeptOneIsWithinAMinuteOfItsExpiry() {
    MutableClock sessionsClock = new MutableClock(Instant.now());
    InMemoryProviderSessions expiring = new InMemoryProviderSessions(sessionsClock);
    ScriptedProvider provider = new ScriptedProvider(1, 5, 100);
    Deadline deadline = Deadline.in(Duration.ofSeconds(10), Clock.systemUTC());
    Extractor extractor =
        new Extractor(
            within -> new RetryingProvider(provider, within, RETRIES),
            expiring,
            new InMemoryTransactionHistory(),
            Clock.systemUTC(),
            "sandbox");
    extractor.extract("org-1", COMMAND, deadline);

    sessionsClock.advance(Duration.ofMinutes(14).plusSeconds(1));
    extractor.extract("org-1", COMMAND, deadline);

    assertThat(provider.calls("token")).isEqualTo(2);
    assertThat(provider.calls("register")).isEqualTo(1);
    assertThat(provider.calls("createConsent")).isEqualTo(1);
  }

  @Test
  void returnsTheOtherAccountsWhenOneIsNotFetchedBeforeTheDeadline() {
    ScriptedProvider provider =
        new ScriptedProvider(3, 5, 100).withSlowBalanceFor(Duration.ofSeconds(5));

    Extraction extraction = extract(provider, Duration.ofMillis(800));

    assertThat(extraction.accounts())
        .extracting(Extraction.AccountData::accountId)
        .containsExactly("account-1", "account-2");
    assertThat(extraction.summary().errors())
        .singleElement()
        .asString()
        .contains("account-0")
        .contains("deadline");
    assertThat(extraction.summary().totalAccounts()).isEqualTo(3);
  }

  @Test
  void listsAnAccountWhoseTransactionsKeepFailingAndReturnsTheOthers() {
    // One 401 (never retried) for whichever account asks first; the other account succeeds.
    ScriptedProvider provider =
        new ScriptedProvider(2, 5, 100)
            .failing("transactions", new ProviderFailure(401, "expired", Optional.empty()));

    Extraction extraction = extract(provider, Duration.ofSeconds(10));

    assertThat(extraction.accounts()).hasSize(1);
    assertThat(extraction.summary().errors())
        .singleElement()
        .asString()
        .contains("provider answered 401");
  }

  private Extraction extract(OpenFinanceProvider provider, Duration budget) {
    Deadline deadline = Deadline.in(budget, Clock.systemUTC());
    return new Extractor(
            within -> new RetryingProvider(provider, within, RETRIES),
            sessions,
            history,
            Clock.systemUTC(),
            "sandbox")
        .extract("org-1", COMMAND, deadline);
  }

  private static int statusOf(Category category) {
    return switch (category) {
      case NOT_FOUND -> 404;
      case INVALID_REQUEST -> 422;
      case UPSTREAM_FAILED -> 502;
      case UPSTREAM_TIMEOUT -> 504;
      default -> 500;
    };
  }
}
