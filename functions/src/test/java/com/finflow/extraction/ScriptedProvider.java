package com.finflow.extraction;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider whose data, consent answers and failures a test writes down: accounts of {@code
 * transactionsPerAccount} transactions served {@code pageSize} per page, a consent authorised after
 * some polls (or rejected), and failures queued per operation.
 */
public final class ScriptedProvider implements OpenFinanceProvider {

  final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final Map<String, Deque<RuntimeException>> failures = new ConcurrentHashMap<>();
  private final int accounts;
  private final int transactionsPerAccount;
  private final int pageSize;
  private volatile int pollsBeforeAuthorised = 1;
  private volatile boolean rejectConsent;
  private volatile Duration slowBalances = Duration.ZERO;
  private final AtomicInteger polls = new AtomicInteger();

  public ScriptedProvider(int accounts, int transactionsPerAccount, int pageSize) {
    this.accounts = accounts;
    this.transactionsPerAccount = transactionsPerAccount;
    this.pageSize = pageSize;
  }

  public ScriptedProvider failing(String operation, RuntimeException... next) {
    failures.computeIfAbsent(operation, key -> new ConcurrentLinkedDeque<>()).addAll(List.of(next));
    return this;
  }

  public ScriptedProvider rejectingConsents() {
    rejectConsent = true;
    return this;
  }

  public ScriptedProvider neverAuthorisingConsents() {
    pollsBeforeAuthorised = Integer.MAX_VALUE;
    return this;
  }

  public ScriptedProvider withSlowBalanceFor(Duration delay) {
    slowBalances = delay;
    return this;
  }

  public int calls(String operation) {
    return calls.getOrDefault(operation, new AtomicInteger()).get();
  }

  public int totalCalls() {
    return calls.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  private void enter(String operation) {
    calls.computeIfAbsent(operation, key -> new AtomicInteger()).incrementAndGet();
    RuntimeException failure =
        Optional.ofNullable(failures.get(operation)).map(Deque::poll).orElse(null);
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public ClientCredentials register(String clientName) {
    enter("register");
    return new ClientCredentials("client-1", "secret-of-client-1");
  }

  @Override
  public AccessToken token(ClientCredentials client) {
    enter("token");
    return new AccessToken("access-token-1", Instant.now().plus(Duration.ofMinutes(15)));
  }

  @Override
  public Consent createConsent(AccessToken token, Cpf user, Instant expiresAt) {
    enter("createConsent");
    return new Consent("urn:consent:1", "AWAITING_AUTHORISATION", expiresAt, Optional.empty());
  }

  @Override
  public Consent consent(AccessToken token, String consentId) {
    enter("consent");
    if (rejectConsent) {
      return new Consent(
          consentId,
          "REJECTED",
          Instant.now().plus(Duration.ofDays(1)),
          Optional.of("CUSTOMER_MANUALLY_REJECTED"));
    }
    String status =
        polls.incrementAndGet() >= pollsBeforeAuthorised ? "AUTHORISED" : "AWAITING_AUTHORISATION";
    return new Consent(
        consentId, status, Instant.now().plus(Duration.ofDays(90)), Optional.empty());
  }

  @Override
  public Page<Account> accounts(AccessToken token, String consentId, int page) {
    enter("accounts");
    List<Account> all = new ArrayList<>();
    for (int i = 0; i < accounts; i++) {
      all.add(new Account("account-" + i, "CONTA_DEPOSITO_A_VISTA"));
    }
    return page(all, page, 2);
  }

  @Override
  public Amount balance(AccessToken token, String consentId, String accountId) {
    enter("balance");
    if (!slowBalances.isZero() && accountId.equals("account-0")) {
      try {
        Thread.sleep(slowBalances);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return new Amount("1000.0400", "BRL");
  }

  @Override
  public Page<Transaction> transactions(
      AccessToken token,
      String consentId,
      String accountId,
      LocalDate from,
      LocalDate to,
      int page) {
    enter("transactions");
    List<Transaction> all = new ArrayList<>();
    for (int i = 0; i < transactionsPerAccount; i++) {
      all.add(
          new Transaction(
              accountId + "-t" + i,
              "PIX",
              "TRANSACAO_EFETIVADA",
              new Amount(i + ".1000", "BRL"),
              i % 2 == 0 ? "CREDITO" : "DEBITO",
              "Transfer " + i,
              "2026-10-01T10:00:00Z"));
    }
    return page(all, page, pageSize);
  }

  private static <T> Page<T> page(List<T> all, int page, int size) {
    int from = (page - 1) * size;
    int totalPages = Math.max(1, (all.size() + size - 1) / size);
    return new Page<>(
        all.subList(Math.min(from, all.size()), Math.min(all.size(), from + size)),
        page < totalPages,
        totalPages);
  }
}
