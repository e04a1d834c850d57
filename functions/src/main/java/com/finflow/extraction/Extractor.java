package com.finflow.extraction;

import com.finflow.extraction.OpenFinanceProvider.AccessToken;
import com.finflow.extraction.OpenFinanceProvider.Account;
import com.finflow.extraction.OpenFinanceProvider.ClientCredentials;
import com.finflow.shared.failure.Failure;
import com.finflow.shared.failure.Unavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Extracts a user's accounts, balances and transactions from the provider: a registered client, a
 * token and an authorised consent (each kept in the provider sessions until shortly before it
 * expires), then every account fetched side by side within a bound, all before a deadline. An
 * account not fetched in time is reported, not fatal.
 */
public final class Extractor {

  private static final Duration CONSENT_WAIT = Duration.ofSeconds(5);
  private static final Duration SAFETY_MARGIN = Duration.ofSeconds(60);
  private static final Duration CLIENT_KEPT = Duration.ofDays(30);
  private static final Duration CONSENT_ASKED_FOR = Duration.ofDays(90);
  private static final int PARALLEL_ACCOUNTS = 4;
  // The accounts a consent covers change only when the user changes the consent: an hour of caching
  // is safe.
  private static final Duration ACCOUNTS_KEPT = Duration.ofHours(1);

  private final Function<Deadline, OpenFinanceProvider> providerWithin;
  private final ProviderSessions sessions;
  private final Clock clock;
  private final String providerName;

  /**
   * @param providerWithin the provider to ask during one extraction, its retries bounded by that
   *     extraction's deadline
   * @param providerName identifies the provider in the sessions, so another provider never sees
   *     these secrets
   */
  public Extractor(
      Function<Deadline, OpenFinanceProvider> providerWithin,
      ProviderSessions sessions,
      Clock clock,
      String providerName) {
    this.providerWithin = providerWithin;
    this.sessions = sessions;
    this.clock = clock;
    this.providerName = providerName;
  }

  /**
   * @throws ConsentRejected when the user rejected the consent
   * @throws ConsentNotAuthorised when the user did not authorise it in time
   * @throws Failure when the provider refused or failed a call every account depends on
   */
  public Extraction extract(String organizationId, ExtractionCommand command, Deadline deadline) {
    OpenFinanceProvider provider = providerWithin.apply(deadline);
    Instant started = clock.instant();
    try {
      AccessToken token = accessToken(provider, organizationId, command);
      String consentId =
          authorisedConsent(provider, organizationId, token, command.user(), deadline);
      List<Account> accounts = accountsOf(provider, organizationId, token, consentId);
      List<String> errors = new ArrayList<>();
      List<Extraction.AccountData> data =
          fetchAll(provider, token, consentId, accounts, deadline, errors);
      int transactions = data.stream().mapToInt(account -> account.transactions().size()).sum();
      return new Extraction(
          command.user().masked(),
          started,
          data,
          new Extraction.Summary(
              accounts.size(),
              transactions,
              Duration.between(started, clock.instant()).toMillis(),
              errors));
    } catch (ProviderFailure failure) {
      throw failureOf(failure);
    }
  }

  private AccessToken accessToken(
      OpenFinanceProvider provider, String organizationId, ExtractionCommand command) {
    ClientCredentials client =
        sessions
            .client(organizationId, providerName)
            .orElseGet(
                () -> {
                  ClientCredentials registered =
                      provider.register(
                          command.applicationName() + " (" + command.organizationName() + ")");
                  sessions.keepClient(
                      organizationId, providerName, registered, clock.instant().plus(CLIENT_KEPT));
                  return registered;
                });
    return sessions
        .accessToken(organizationId, client.clientId())
        .orElseGet(
            () -> {
              AccessToken token = provider.token(client);
              sessions.keepAccessToken(
                  organizationId, client.clientId(), token, token.expiresAt().minus(SAFETY_MARGIN));
              return token;
            });
  }

  private String authorisedConsent(
      OpenFinanceProvider provider,
      String organizationId,
      AccessToken token,
      Cpf user,
      Deadline deadline) {
    Optional<String> kept = sessions.consent(organizationId, user);
    if (kept.isPresent()) {
      return kept.get();
    }
    OpenFinanceProvider.Consent consent =
        provider.createConsent(token, user, clock.instant().plus(CONSENT_ASKED_FOR));
    Instant giveUp = clock.instant().plus(CONSENT_WAIT);
    while ("AWAITING_AUTHORISATION".equals(consent.status())
        && clock.instant().isBefore(giveUp)
        && !deadline.passed()) {
      pause(Duration.ofMillis(100));
      consent = provider.consent(token, consent.id());
    }
    switch (consent.status()) {
      case "AUTHORISED" -> {
        sessions.keepConsent(
            organizationId, user, consent.id(), consent.expiresAt().minus(SAFETY_MARGIN));
        return consent.id();
      }
      case "REJECTED" ->
          throw new ConsentRejected(consent.rejectionReason().orElse("no reason given"));
      default -> throw new ConsentNotAuthorised(consent.status());
    }
  }

  private List<Account> accountsOf(
      OpenFinanceProvider provider, String organizationId, AccessToken token, String consentId) {
    return sessions
        .accounts(organizationId, consentId)
        .orElseGet(
            () -> {
              List<Account> accounts = allAccounts(provider, token, consentId);
              sessions.keepAccounts(
                  organizationId, consentId, accounts, clock.instant().plus(ACCOUNTS_KEPT));
              return accounts;
            });
  }

  private static List<Account> allAccounts(
      OpenFinanceProvider provider, AccessToken token, String consentId) {
    List<Account> accounts = new ArrayList<>();
    OpenFinanceProvider.Page<Account> page;
    int number = 1;
    do {
      page = provider.accounts(token, consentId, number++);
      accounts.addAll(page.items());
    } while (page.hasNext());
    return accounts;
  }

  private List<Extraction.AccountData> fetchAll(
      OpenFinanceProvider provider,
      AccessToken token,
      String consentId,
      List<Account> accounts,
      Deadline deadline,
      List<String> errors) {
    Semaphore slots = new Semaphore(PARALLEL_ACCOUNTS);
    List<Extraction.AccountData> fetched = new ArrayList<>();
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Extraction.AccountData>> pending =
          accounts.stream()
              .map(
                  account ->
                      workers.submit(
                          () -> {
                            slots.acquire();
                            try {
                              return fetch(provider, token, consentId, account);
                            } finally {
                              slots.release();
                            }
                          }))
              .toList();
      for (int i = 0; i < accounts.size(); i++) {
        String accountId = accounts.get(i).id();
        try {
          fetched.add(pending.get(i).get(deadline.remaining().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
          pending.get(i).cancel(true);
          errors.add("account " + accountId + ": not fetched before the deadline");
        } catch (ExecutionException e) {
          errors.add("account " + accountId + ": " + describe(e.getCause()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          errors.add("account " + accountId + ": interrupted");
        }
      }
      workers.shutdownNow();
    }
    return fetched;
  }

  private Extraction.AccountData fetch(
      OpenFinanceProvider provider, AccessToken token, String consentId, Account account) {
    OpenFinanceProvider.Amount balance = provider.balance(token, consentId, account.id());
    LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate from = to.minusMonths(12).plusDays(1);
    List<Extraction.TransactionData> transactions = new ArrayList<>();
    OpenFinanceProvider.Page<OpenFinanceProvider.Transaction> page;
    int number = 1;
    do {
      page = provider.transactions(token, consentId, account.id(), from, to, number++);
      page.items()
          .forEach(
              transaction ->
                  transactions.add(
                      new Extraction.TransactionData(
                          transaction.id(),
                          transaction.type(),
                          transaction.status(),
                          transaction.amount().value(),
                          transaction.amount().currency(),
                          "CREDITO".equals(transaction.direction()) ? "credit" : "debit",
                          transaction.description(),
                          transaction.bookedAt())));
    } while (page.hasNext());
    return new Extraction.AccountData(
        account.id(),
        account.type(),
        new Extraction.Money(balance.value(), balance.currency()),
        transactions);
  }

  /**
   * The seed's mapping: a provider 404 or 422 is the caller's (passed on), a 504 after every retry
   * stays 504, any other provider failure (400, 401, 5xx, no answer) is Finflow's upstream failing:
   * 502.
   */
  static Failure failureOf(ProviderFailure failure) {
    return switch (failure.status()) {
      case 404 -> new ProviderNotFound(failure.getMessage());
      case 422 -> new ProviderRefused(failure.getMessage());
      case 504 -> new ProviderTimedOut(failure.getMessage());
      default -> new ProviderFailed(failure.getMessage());
    };
  }

  private static String describe(Throwable failure) {
    return failure instanceof ProviderFailure provided
        ? (provided.status() == 0
            ? "no answer from the provider"
            : "provider answered " + provided.status())
        : failure.getClass().getSimpleName();
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while waiting for the consent");
    }
  }
}
