package com.finflow.extraction;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider whose accounts hold dated transactions a test adds, served newest first, {@code
 * pageSize} per page, only those booked inside the window asked for (as {@code fromBookingDate} and
 * {@code toBookingDate} say); its consents are authorised at once.
 */
public final class DatedProvider implements OpenFinanceProvider {

  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final Map<String, List<Transaction>> ledgers = new ConcurrentHashMap<>();
  private final Map<String, List<Unreadable>> unreadable = new ConcurrentHashMap<>();
  private final List<String> accounts = new CopyOnWriteArrayList<>();
  private final int pageSize;

  public DatedProvider(int pageSize) {
    this.pageSize = pageSize;
  }

  /** An account with one booked transaction a day from {@code days} days before {@code today}. */
  public DatedProvider withAccount(String accountId, LocalDate today, int days) {
    accounts.add(accountId);
    for (int day = days; day >= 1; day--) {
      book(accountId, accountId + "-d" + day, today.minusDays(day));
    }
    return this;
  }

  public void book(String accountId, String transactionId, LocalDate day) {
    add(accountId, transactionId, day, Transaction.BOOKED);
  }

  public void pending(String accountId, String transactionId, LocalDate day) {
    add(accountId, transactionId, day, "LANCAMENTO_FUTURO");
  }

  public void remove(String accountId, String transactionId) {
    ledgers.get(accountId).removeIf(transaction -> transaction.id().equals(transactionId));
  }

  /** A record on the account's first page that cannot be read. */
  public void unreadable(String accountId, Unreadable record) {
    unreadable.computeIfAbsent(accountId, key -> new CopyOnWriteArrayList<>()).add(record);
  }

  private void add(String accountId, String transactionId, LocalDate day, String status) {
    ledgers
        .computeIfAbsent(accountId, key -> new CopyOnWriteArrayList<>())
        .add(
            new Transaction(
                transactionId,
                "PIX",
                status,
                new Amount("10.5000", "BRL"),
                "DEBITO",
                "PIX " + transactionId,
                day + "T12:00:00.000Z"));
  }

  public int calls(String operation) {
    return calls.getOrDefault(operation, new AtomicInteger()).get();
  }

  public int totalCalls() {
    return calls.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  private void enter(String operation) {
    calls.computeIfAbsent(operation, key -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public ClientCredentials register(String clientName) {
    enter("register");
    return new ClientCredentials("client-1", "secret");
  }

  @Override
  public AccessToken token(ClientCredentials client) {
    enter("token");
    return new AccessToken("token-1", Instant.now().plus(Duration.ofMinutes(15)));
  }

  @Override
  public Consent createConsent(AccessToken token, Cpf user, Instant expiresAt) {
    enter("createConsent");
    return new Consent("urn:consent:1", "AUTHORISED", expiresAt, Optional.empty());
  }

  @Override
  public Consent consent(AccessToken token, String consentId) {
    throw new AssertionError("an authorised consent is never polled");
  }

  @Override
  public Page<Account> accounts(AccessToken token, String consentId, int page) {
    enter("accounts");
    return new Page<>(
        accounts.stream().map(id -> new Account(id, "CONTA_DEPOSITO_A_VISTA")).toList(), false, 1);
  }

  @Override
  public Amount balance(AccessToken token, String consentId, String accountId) {
    enter("balance");
    return new Amount("100.00", "BRL");
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
    List<Transaction> inWindow =
        new ArrayList<>(
            ledgers.getOrDefault(accountId, List.of()).stream()
                .filter(
                    transaction ->
                        !transaction.bookingDate().isBefore(from)
                            && !transaction.bookingDate().isAfter(to))
                .toList());
    inWindow.sort(
        Comparator.comparing(Transaction::bookedAt).reversed().thenComparing(Transaction::id));
    int start = (page - 1) * pageSize;
    int totalPages = Math.max(1, (inWindow.size() + pageSize - 1) / pageSize);
    return new Page<>(
        inWindow.subList(
            Math.min(start, inWindow.size()), Math.min(inWindow.size(), start + pageSize)),
        page == 1 ? unreadable.getOrDefault(accountId, List.of()) : List.of(),
        page < totalPages,
        totalPages);
  }
}
