package com.finflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.http.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExtractFinancialDataTest {

  private static final Cpf USER = Cpf.parse("52998224725").orElseThrow();
  private static final ExtractionCommand COMMAND = new ExtractionCommand("My App", "My Organization", "123", USER, false,
      Optional.empty());

  private final InMemoryTokenVault vault = new InMemoryTokenVault();

  @Test
  void returnsEveryAccountWithItsBalanceAndEveryTransactionAcrossManyPages() {
    ScriptedProvider provider = new ScriptedProvider(3, 250, 20);

    Extraction extraction = extract(provider, Duration.ofSeconds(10));

    assertThat(extraction.accounts()).hasSize(3);
    assertThat(extraction.summary().totalTransactions()).isEqualTo(750);
    assertThat(provider.calls("transactions")).isEqualTo(3 * 13);
    assertThat(extraction.accounts().get(0).balance()).isEqualTo(new Extraction.Money("1000.0400", "BRL"));
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
    ScriptedProvider provider = new ScriptedProvider(1, 5, 100)
        .failing("accounts", new ProviderFailure(504, "timeout", Optional.empty()),
            new ProviderFailure(429, "slow down", Optional.of(Duration.ofMillis(20))));

    Extraction extraction = extract(provider, Duration.ofSeconds(10));

    assertThat(extraction.accounts()).hasSize(1);
    assertThat(provider.calls("accounts")).isEqualTo(3);
  }

  @Test
  void neverRetriesA400() {
    ScriptedProvider provider = new ScriptedProvider(1, 5, 100)
        .failing("accounts", new ProviderFailure(400, "bad request", Optional.empty()));

    catchThrowableOfType(Rejection.class, () -> extract(provider, Duration.ofSeconds(10)));

    assertThat(provider.calls("accounts")).isEqualTo(1);
  }

  @ParameterizedTest(name = "provider {0} becomes {1}")
  @CsvSource({"400, 502", "401, 502", "500, 502", "0, 502", "404, 404", "422, 422", "504, 504"})
  void mapsEachProviderFailureAsTheSeedDid(int providerStatus, int finflowStatus) {
    ProviderFailure[] always = new ProviderFailure[10];
    Arrays.fill(always, new ProviderFailure(providerStatus, "failed", Optional.empty()));
    ScriptedProvider provider = new ScriptedProvider(1, 5, 100).failing("accounts", always);

    Rejection rejection = catchThrowableOfType(Rejection.class, () -> extract(provider, Duration.ofSeconds(10)));

    assertThat(statusOf(rejection.kind())).isEqualTo(finflowStatus);
  }

  @Test
  void reportsARejectedConsentClearly() {
    ScriptedProvider provider = new ScriptedProvider(1, 5, 100).rejectingConsents();

    Rejection rejection = catchThrowableOfType(Rejection.class, () -> extract(provider, Duration.ofSeconds(10)));

    assertThat(rejection.problemType()).isEqualTo("consent-rejected");
    assertThat(rejection.getMessage()).contains("rejected the consent").contains("CUSTOMER_MANUALLY_REJECTED");
    assertThat(provider.calls("accounts")).isZero();
  }

  @Test
  void returnsTheOtherAccountsWhenOneIsNotFetchedBeforeTheDeadline() {
    ScriptedProvider provider = new ScriptedProvider(3, 5, 100).withSlowBalanceFor(Duration.ofSeconds(5));

    Extraction extraction = extract(provider, Duration.ofMillis(800));

    assertThat(extraction.accounts()).extracting(Extraction.AccountData::accountId).containsExactly("account-1", "account-2");
    assertThat(extraction.summary().errors()).singleElement().asString().contains("account-0").contains("deadline");
    assertThat(extraction.summary().totalAccounts()).isEqualTo(3);
  }

  @Test
  void listsAnAccountWhoseTransactionsKeepFailingAndReturnsTheOthers() {
    // One 401 (never retried) for whichever account asks first; the other account succeeds.
    ScriptedProvider provider = new ScriptedProvider(2, 5, 100)
        .failing("transactions", new ProviderFailure(401, "expired", Optional.empty()));

    Extraction extraction = extract(provider, Duration.ofSeconds(10));

    assertThat(extraction.accounts()).hasSize(1);
    assertThat(extraction.summary().errors()).singleElement().asString().contains("provider answered 401");
  }

  private Extraction extract(OpenFinanceProvider provider, Duration budget) {
    Deadline deadline = Deadline.in(budget, Clock.systemUTC());
    return new ExtractFinancialData(new RetryingProvider(provider, deadline, Duration.ofMillis(5), Duration.ofMillis(50), 6),
        vault, Clock.systemUTC(), "sandbox").extract("org-1", COMMAND, deadline);
  }

  private static int statusOf(Rejection.Kind kind) {
    return switch (kind) {
      case NOT_FOUND -> 404;
      case INVALID_REQUEST -> 422;
      case UPSTREAM_FAILED -> 502;
      case UPSTREAM_TIMEOUT -> 504;
      default -> 500;
    };
  }
}
