package com.finflow.extraction;

import com.finflow.shared.http.Rejection;

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

/**
 * Extracts a user's accounts, balances and transactions from the provider: a registered client, a token and an
 * authorised consent (each cached encrypted until shortly before it expires), then every account fetched side by
 * side within a bound, all before a deadline. An account not fetched in time is reported, not fatal.
 */
public final class ExtractFinancialData {

  private static final Duration CONSENT_WAIT = Duration.ofSeconds(5);
  private static final Duration SAFETY_MARGIN = Duration.ofSeconds(60);
  private static final int PARALLEL_ACCOUNTS = 4;
  // The accounts a consent covers change only when the user changes the consent: an hour of caching is safe.
  private static final Duration ACCOUNTS_KEPT = Duration.ofHours(1);

  private final OpenFinanceProvider provider;
  private final TokenVault vault;
  private final Clock clock;
  private final String providerName;

  /** @param providerName identifies the provider in cache keys, so another provider never sees these secrets */
  public ExtractFinancialData(OpenFinanceProvider provider, TokenVault vault, Clock clock, String providerName) {
    this.provider = provider;
    this.vault = vault;
    this.clock = clock;
    this.providerName = providerName;
  }

  public Extraction extract(String organizationId, ExtractionCommand command, Deadline deadline) {
    Instant started = clock.instant();
    try {
      OpenFinanceProvider.AccessToken token = accessToken(organizationId, command);
      String consentId = authorisedConsent(organizationId, token, command.user(), deadline);
      List<OpenFinanceProvider.Account> accounts = accountsOf(organizationId, token, consentId);
      List<String> errors = new ArrayList<>();
      List<Extraction.AccountData> data = fetchAll(token, consentId, accounts, deadline, errors);
      int transactions = data.stream().mapToInt(account -> account.transactions().size()).sum();
      return new Extraction(command.user().masked(), started, data, new Extraction.Summary(accounts.size(), transactions,
          Duration.between(started, clock.instant()).toMillis(), errors));
    } catch (ProviderFailure failure) {
      throw rejectionOf(failure);
    }
  }

  private OpenFinanceProvider.AccessToken accessToken(String organizationId, ExtractionCommand command) {
    OpenFinanceProvider.ClientCredentials client = vault.find(organizationId, "client", providerName)
        .map(ExtractFinancialData::credentialsOf)
        .orElseGet(() -> {
          OpenFinanceProvider.ClientCredentials registered = provider.register(
              command.applicationName() + " (" + command.organizationName() + ")");
          vault.keep(organizationId, "client", providerName, registered.clientId() + "\n" + registered.clientSecret(),
              clock.instant().plus(Duration.ofDays(30)));
          return registered;
        });
    return vault.find(organizationId, "access-token", client.clientId())
        .map(value -> new OpenFinanceProvider.AccessToken(value, Instant.MAX))
        .orElseGet(() -> {
          OpenFinanceProvider.AccessToken token = provider.token(client);
          vault.keep(organizationId, "access-token", client.clientId(), token.value(), token.expiresAt().minus(SAFETY_MARGIN));
          return token;
        });
  }

  private String authorisedConsent(String organizationId, OpenFinanceProvider.AccessToken token, Cpf user,
      Deadline deadline) {
    Optional<String> cached = vault.find(organizationId, "consent", user.digits());
    if (cached.isPresent()) {
      return cached.get();
    }
    OpenFinanceProvider.Consent consent = provider.createConsent(token, user, clock.instant().plus(Duration.ofDays(90)));
    Instant giveUp = clock.instant().plus(CONSENT_WAIT);
    while ("AWAITING_AUTHORISATION".equals(consent.status()) && clock.instant().isBefore(giveUp) && !deadline.passed()) {
      pause(Duration.ofMillis(100));
      consent = provider.consent(token, consent.id());
    }
    switch (consent.status()) {
      case "AUTHORISED" -> {
        vault.keep(organizationId, "consent", user.digits(), consent.id(), consent.expiresAt().minus(SAFETY_MARGIN));
        return consent.id();
      }
      case "REJECTED" -> throw new Rejection(Rejection.Kind.INVALID_REQUEST, "the user rejected the consent at the"
          + " provider (" + consent.rejectionReason().orElse("no reason given") + "); ask them to authorise it again")
          .typed("consent-rejected");
      default -> throw new Rejection(Rejection.Kind.UPSTREAM_TIMEOUT, "the user has not authorised the consent yet ("
          + consent.status() + "); retry once they have");
    }
  }

  private List<OpenFinanceProvider.Account> accountsOf(String organizationId, OpenFinanceProvider.AccessToken token,
      String consentId) {
    Optional<String> cached = vault.find(organizationId, "accounts", consentId);
    if (cached.isPresent()) {
      return cached.get().lines().map(line -> line.split("\t", 2))
          .map(parts -> new OpenFinanceProvider.Account(parts[0], parts[1])).toList();
    }
    List<OpenFinanceProvider.Account> accounts = allAccounts(token, consentId);
    vault.keep(organizationId, "accounts", consentId,
        String.join("\n", accounts.stream().map(account -> account.id() + "\t" + account.type()).toList()),
        clock.instant().plus(ACCOUNTS_KEPT));
    return accounts;
  }

  private List<OpenFinanceProvider.Account> allAccounts(OpenFinanceProvider.AccessToken token, String consentId) {
    List<OpenFinanceProvider.Account> accounts = new ArrayList<>();
    OpenFinanceProvider.Page<OpenFinanceProvider.Account> page;
    int number = 1;
    do {
      page = provider.accounts(token, consentId, number++);
      accounts.addAll(page.items());
    } while (page.hasNext());
    return accounts;
  }

  private List<Extraction.AccountData> fetchAll(OpenFinanceProvider.AccessToken token, String consentId,
      List<OpenFinanceProvider.Account> accounts, Deadline deadline, List<String> errors) {
    Semaphore slots = new Semaphore(PARALLEL_ACCOUNTS);
    List<Extraction.AccountData> fetched = new ArrayList<>();
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Extraction.AccountData>> pending = accounts.stream()
          .map(account -> workers.submit(() -> {
            slots.acquire();
            try {
              return fetch(token, consentId, account);
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

  private Extraction.AccountData fetch(OpenFinanceProvider.AccessToken token, String consentId,
      OpenFinanceProvider.Account account) {
    OpenFinanceProvider.Amount balance = provider.balance(token, consentId, account.id());
    LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate from = to.minusMonths(12).plusDays(1);
    List<Extraction.TransactionData> transactions = new ArrayList<>();
    OpenFinanceProvider.Page<OpenFinanceProvider.Transaction> page;
    int number = 1;
    do {
      page = provider.transactions(token, consentId, account.id(), from, to, number++);
      page.items().forEach(transaction -> transactions.add(new Extraction.TransactionData(transaction.id(),
          transaction.type(), transaction.status(), transaction.amount().value(), transaction.amount().currency(),
          "CREDITO".equals(transaction.direction()) ? "credit" : "debit", transaction.description(),
          transaction.bookedAt())));
    } while (page.hasNext());
    return new Extraction.AccountData(account.id(), account.type(),
        new Extraction.Money(balance.value(), balance.currency()), transactions);
  }

  /**
   * The seed's mapping: a provider 404 or 422 is the caller's (passed on), a 504 after every retry stays 504, any
   * other provider failure (400, 401, 5xx, no answer) is Finflow's upstream failing: 502.
   */
  static Rejection rejectionOf(ProviderFailure failure) {
    return switch (failure.status()) {
      case 404 -> new Rejection(Rejection.Kind.NOT_FOUND, "the provider found no such resource: " + failure.getMessage());
      case 422 -> new Rejection(Rejection.Kind.INVALID_REQUEST, "the provider refused the request: " + failure.getMessage());
      case 504 -> new Rejection(Rejection.Kind.UPSTREAM_TIMEOUT, "the provider kept timing out after retries: "
          + failure.getMessage());
      default -> new Rejection(Rejection.Kind.UPSTREAM_FAILED, "the provider failed: " + failure.getMessage());
    };
  }

  private static String describe(Throwable failure) {
    return failure instanceof ProviderFailure provided
        ? (provided.status() == 0 ? "no answer from the provider" : "provider answered " + provided.status())
        : failure.getClass().getSimpleName();
  }

  private static OpenFinanceProvider.ClientCredentials credentialsOf(String stored) {
    int newline = stored.indexOf('\n');
    return new OpenFinanceProvider.ClientCredentials(stored.substring(0, newline), stored.substring(newline + 1));
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Rejection(Rejection.Kind.UNAVAILABLE, "interrupted while waiting for the consent");
    }
  }
}
