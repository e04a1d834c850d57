package com.finflow.extraction;

import com.finflow.extraction.OpenFinanceProvider.AccessToken;
import com.finflow.extraction.OpenFinanceProvider.Account;
import com.finflow.extraction.OpenFinanceProvider.ClientCredentials;
import com.finflow.extraction.ProviderSessions.AuthorisedConsent;
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
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Extracts a user's accounts, balances and transactions from the provider: a registered client, a
 * token and an authorised consent (each kept in the provider sessions until shortly before it
 * expires), then every account fetched side by side within a bound, all before a deadline. An
 * account not fetched in time is reported, not fatal; so is a record that cannot be read, left out
 * rather than returned with blanks, unless the command is strict.
 *
 * <p>The booked transactions returned are kept for as long as the consent: a repeat extraction asks
 * only for what was booked from the newest kept day on (and from the oldest pending one, so pending
 * transactions are always read again), and answers exactly what a full extraction would.
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
  private final TransactionHistory history;
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
      TransactionHistory history,
      Clock clock,
      String providerName) {
    this.providerWithin = providerWithin;
    this.sessions = sessions;
    this.history = history;
    this.clock = clock;
    this.providerName = providerName;
  }

  /**
   * @throws ConsentRejected when the user rejected the consent
   * @throws ConsentNotAuthorised when the user did not authorise it in time
   * @throws UnreadableProviderData when the command is strict and a record could not be read
   * @throws Failure when the provider refused or failed a call every account depends on
   */
  public Extraction extract(String organizationId, ExtractionCommand command, Deadline deadline) {
    OpenFinanceProvider provider = providerWithin.apply(deadline);
    Instant started = clock.instant();
    try {
      AccessToken token = accessToken(provider, organizationId, command);
      AuthorisedConsent consent =
          authorisedConsent(provider, organizationId, token, command.user(), deadline);
      AccountList listed = accountsOf(provider, organizationId, token, consent.id());
      List<Extraction.AccountError> errors = new ArrayList<>();
      listed
          .unreadable()
          .forEach(
              record -> errors.add(Extraction.AccountError.ofRecord(record.recordId(), record)));
      Scope scope = new Scope(provider, organizationId, token, consent, command.full());
      List<Extraction.AccountData> data = fetchAll(scope, listed.accounts(), deadline, errors);
      List<Extraction.AccountError> unreadable =
          errors.stream().filter(error -> error.field().isPresent()).toList();
      if (command.strict() && !unreadable.isEmpty()) {
        throw new UnreadableProviderData(unreadable);
      }
      int transactions = data.stream().mapToInt(account -> account.transactions().size()).sum();
      return new Extraction(
          command.user().masked(),
          started,
          data,
          new Extraction.Summary(
              listed.accounts().size() + listed.unreadable().size(),
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

  private AuthorisedConsent authorisedConsent(
      OpenFinanceProvider provider,
      String organizationId,
      AccessToken token,
      Cpf user,
      Deadline deadline) {
    Optional<AuthorisedConsent> kept = sessions.consent(organizationId, user);
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
        Instant until = consent.expiresAt().minus(SAFETY_MARGIN);
        sessions.keepConsent(organizationId, user, consent.id(), until);
        return new AuthorisedConsent(consent.id(), until);
      }
      case "REJECTED" ->
          throw new ConsentRejected(consent.rejectionReason().orElse("no reason given"));
      default -> throw new ConsentNotAuthorised(consent.status());
    }
  }

  /** The accounts a consent covers, and those the provider listed that could not be read. */
  private record AccountList(
      List<Account> accounts, List<OpenFinanceProvider.Unreadable> unreadable) {}

  private AccountList accountsOf(
      OpenFinanceProvider provider, String organizationId, AccessToken token, String consentId) {
    return sessions
        .accounts(organizationId, consentId)
        .map(accounts -> new AccountList(accounts, List.of()))
        .orElseGet(
            () -> {
              AccountList listed = allAccounts(provider, token, consentId);
              // A list with unreadable accounts is read again next time, so they are reported
              // again.
              if (listed.unreadable().isEmpty()) {
                sessions.keepAccounts(
                    organizationId,
                    consentId,
                    listed.accounts(),
                    clock.instant().plus(ACCOUNTS_KEPT));
              }
              return listed;
            });
  }

  private static AccountList allAccounts(
      OpenFinanceProvider provider, AccessToken token, String consentId) {
    List<Account> accounts = new ArrayList<>();
    List<OpenFinanceProvider.Unreadable> unreadable = new ArrayList<>();
    OpenFinanceProvider.Page<Account> page;
    int number = 1;
    do {
      page = provider.accounts(token, consentId, number++);
      accounts.addAll(page.items());
      unreadable.addAll(page.unreadable());
    } while (page.hasNext());
    return new AccountList(accounts, unreadable);
  }

  /** What every account of one extraction is fetched with. */
  private record Scope(
      OpenFinanceProvider provider,
      String organizationId,
      AccessToken token,
      AuthorisedConsent consent,
      boolean full) {}

  /** An account as fetched, and its records that could not be read. */
  private record Fetched(Extraction.AccountData data, List<Extraction.AccountError> unreadable) {}

  private List<Extraction.AccountData> fetchAll(
      Scope scope,
      List<Account> accounts,
      Deadline deadline,
      List<Extraction.AccountError> errors) {
    Semaphore slots = new Semaphore(PARALLEL_ACCOUNTS);
    List<Extraction.AccountData> fetched = new ArrayList<>();
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Fetched>> pending =
          accounts.stream()
              .map(
                  account ->
                      workers.submit(
                          () -> {
                            slots.acquire();
                            try {
                              return fetch(scope, account);
                            } finally {
                              slots.release();
                            }
                          }))
              .toList();
      for (int i = 0; i < accounts.size(); i++) {
        String accountId = accounts.get(i).id();
        try {
          Fetched account =
              pending.get(i).get(deadline.remaining().toMillis(), TimeUnit.MILLISECONDS);
          fetched.add(account.data());
          errors.addAll(account.unreadable());
        } catch (TimeoutException e) {
          pending.get(i).cancel(true);
          errors.add(
              Extraction.AccountError.ofAccount(accountId, "not fetched before the deadline"));
        } catch (ExecutionException e) {
          errors.add(
              e.getCause() instanceof UnreadableRecord unreadable
                  ? Extraction.AccountError.ofRecord(accountId, unreadable.unreadable())
                  : Extraction.AccountError.ofAccount(accountId, describe(e.getCause())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          errors.add(Extraction.AccountError.ofAccount(accountId, "interrupted"));
        }
      }
      workers.shutdownNow();
    }
    return fetched;
  }

  private Fetched fetch(Scope scope, Account account) {
    OpenFinanceProvider.Amount balance =
        scope.provider().balance(scope.token(), scope.consent().id(), account.id());
    LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate from = to.minusMonths(12).plusDays(1);
    Optional<TransactionHistory.Booked> kept =
        scope.full()
            ? Optional.empty()
            : history.find(scope.organizationId(), scope.consent().id(), account.id());
    LocalDate askFrom =
        kept.map(TransactionHistory.Booked::refreshFrom)
            .filter(refreshFrom -> refreshFrom.isAfter(from))
            .orElse(from);
    List<Extraction.TransactionData> transactions = new ArrayList<>();
    List<Extraction.AccountError> unreadable = new ArrayList<>();
    OpenFinanceProvider.Page<OpenFinanceProvider.Transaction> page;
    int number = 1;
    do {
      page =
          scope
              .provider()
              .transactions(
                  scope.token(), scope.consent().id(), account.id(), askFrom, to, number++);
      page.items().forEach(transaction -> transactions.add(dataOf(transaction)));
      page.unreadable()
          .forEach(
              record -> unreadable.add(Extraction.AccountError.ofRecord(account.id(), record)));
    } while (page.hasNext());
    kept.ifPresent(booked -> transactions.addAll(keptBefore(booked, transactions, from, askFrom)));
    // A record that could not be read is not kept: the next extraction of this account is full and
    // reports it again, as a full one would.
    if (unreadable.isEmpty()) {
      TransactionHistory.Booked now = TransactionHistory.Booked.of(transactions, to);
      if (kept.filter(now::equals).isEmpty()) {
        history.keep(
            scope.organizationId(),
            scope.consent().id(),
            account.id(),
            now,
            scope.consent().until());
      }
    }
    return new Fetched(
        new Extraction.AccountData(
            account.id(),
            account.type(),
            new Extraction.Money(balance.value(), balance.currency()),
            transactions),
        unreadable);
  }

  /**
   * The kept transactions a full extraction would return and this one did not ask for again: those
   * booked inside the 12 months, before the day this one asked from.
   */
  private static List<Extraction.TransactionData> keptBefore(
      TransactionHistory.Booked booked,
      List<Extraction.TransactionData> fetched,
      LocalDate from,
      LocalDate askFrom) {
    Set<String> fetchedIds =
        fetched.stream().map(Extraction.TransactionData::transactionId).collect(Collectors.toSet());
    return booked.transactions().stream()
        .filter(transaction -> !fetchedIds.contains(transaction.transactionId()))
        .filter(
            transaction ->
                !TransactionHistory.bookingDate(transaction).isBefore(from)
                    && TransactionHistory.bookingDate(transaction).isBefore(askFrom))
        .toList();
  }

  private static Extraction.TransactionData dataOf(OpenFinanceProvider.Transaction transaction) {
    return new Extraction.TransactionData(
        transaction.id(),
        transaction.type(),
        transaction.status(),
        transaction.amount().value(),
        transaction.amount().currency(),
        "CREDITO".equals(transaction.direction()) ? "credit" : "debit",
        transaction.description(),
        transaction.bookedAt());
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
