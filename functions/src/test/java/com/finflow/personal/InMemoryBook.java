package com.finflow.personal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Institutions, accounts, values and holdings in memory, with the tenancy, the reference checks and
 * the limits of the DynamoDB store: every write is atomic (synchronized).
 */
public final class InMemoryBook
    implements Institutions, Accounts, AccountValues, Holdings, PortfolioBook {

  private final Map<String, Book> books = new HashMap<>();

  /** One user's items, as under their partition. */
  private static final class Book {
    final Map<String, Institution> institutions = new HashMap<>();
    final Map<String, Account> accounts = new HashMap<>();
    final Map<String, NavigableMap<LocalDate, AccountValue>> values = new HashMap<>();
    final NavigableMap<String, Holding> holdings = new TreeMap<>();

    long accountsAt(String institutionId) {
      return accounts.values().stream()
          .filter(account -> account.institutionId().equals(Optional.of(institutionId)))
          .count();
    }

    long holdingsOn(String accountId) {
      return holdings.values().stream()
          .filter(holding -> holding.accountId().equals(accountId))
          .count();
    }
  }

  private Book of(String userId) {
    return books.computeIfAbsent(userId, id -> new Book());
  }

  @Override
  public synchronized Institutions.Adding add(Institution institution, int limit) {
    Book book = of(institution.userId());
    if (book.institutions.size() >= limit) {
      return Institutions.Adding.LIMIT_REACHED;
    }
    book.institutions.put(institution.id(), institution);
    return Institutions.Adding.ADDED;
  }

  @Override
  public synchronized Optional<Institution> institution(String userId, String id) {
    return Optional.ofNullable(of(userId).institutions.get(id));
  }

  @Override
  public synchronized List<Institution> institutions(String userId) {
    return List.copyOf(of(userId).institutions.values());
  }

  @Override
  public synchronized boolean replace(Institution institution) {
    return of(institution.userId()).institutions.replace(institution.id(), institution) != null;
  }

  @Override
  public synchronized Institutions.Removal remove(String userId, String id) {
    Book book = of(userId);
    if (!book.institutions.containsKey(id)) {
      return Institutions.Removal.NOT_FOUND;
    }
    if (book.accountsAt(id) > 0) {
      return Institutions.Removal.IN_USE;
    }
    book.institutions.remove(id);
    return Institutions.Removal.REMOVED;
  }

  @Override
  public synchronized Outcome add(Account account, int limit) {
    Book book = of(account.userId());
    if (book.accounts.size() >= limit) {
      return Outcome.LIMIT_REACHED;
    }
    if (account.institutionId().isPresent()
        && !book.institutions.containsKey(account.institutionId().get())) {
      return Outcome.NO_SUCH_INSTITUTION;
    }
    book.accounts.put(account.id(), account);
    return Outcome.DONE;
  }

  @Override
  public synchronized Optional<Account> account(String userId, String id) {
    return Optional.ofNullable(of(userId).accounts.get(id));
  }

  @Override
  public synchronized List<Account> accounts(String userId) {
    return List.copyOf(of(userId).accounts.values());
  }

  @Override
  public synchronized Outcome replace(Account current, Account changed) {
    Book book = of(current.userId());
    Account stored = book.accounts.get(current.id());
    if (stored == null) {
      return Outcome.NOT_FOUND;
    }
    if (!stored.equals(current)) {
      return Outcome.CHANGED_MEANWHILE;
    }
    if (changed.institutionId().isPresent()
        && !book.institutions.containsKey(changed.institutionId().get())) {
      return Outcome.NO_SUCH_INSTITUTION;
    }
    book.accounts.put(changed.id(), changed);
    return Outcome.DONE;
  }

  @Override
  public synchronized Outcome remove(Account current) {
    Book book = of(current.userId());
    Account stored = book.accounts.get(current.id());
    if (stored == null) {
      return Outcome.NOT_FOUND;
    }
    if (!stored.equals(current)) {
      return Outcome.CHANGED_MEANWHILE;
    }
    if (book.holdingsOn(current.id()) > 0) {
      return Outcome.HAS_HOLDINGS;
    }
    book.accounts.remove(current.id());
    book.values.remove(current.id());
    return Outcome.DONE;
  }

  @Override
  public synchronized Recording put(String userId, AccountValue value) {
    Book book = of(userId);
    if (!book.accounts.containsKey(value.accountId())) {
      return Recording.NO_ACCOUNT;
    }
    return book.values
                .computeIfAbsent(value.accountId(), id -> new TreeMap<>())
                .put(value.date(), value)
            == null
        ? Recording.CREATED
        : Recording.REPLACED;
  }

  @Override
  public synchronized Optional<AccountValue> value(
      String userId, String accountId, LocalDate date) {
    return Optional.ofNullable(valuesOf(userId, accountId).get(date));
  }

  @Override
  public synchronized List<AccountValue> between(
      String userId, String accountId, LocalDate from, LocalDate to, int limit) {
    return valuesOf(userId, accountId).subMap(from, true, to, true).values().stream()
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized Optional<AccountValue> newest(String userId, String accountId) {
    return Optional.ofNullable(valuesOf(userId, accountId).lastEntry()).map(Map.Entry::getValue);
  }

  @Override
  public synchronized Optional<AccountValue> valueOn(
      String userId, String accountId, LocalDate day) {
    return Optional.ofNullable(valuesOf(userId, accountId).floorEntry(day))
        .map(Map.Entry::getValue);
  }

  @Override
  public synchronized boolean remove(String userId, String accountId, LocalDate date) {
    NavigableMap<LocalDate, AccountValue> values = of(userId).values.get(accountId);
    return values != null && values.remove(date) != null;
  }

  @Override
  public synchronized Holdings.Adding add(Holding holding, int limit) {
    Book book = of(holding.userId());
    Account account = book.accounts.get(holding.accountId());
    if (account == null) {
      return Holdings.Adding.NO_ACCOUNT;
    }
    if (account.kind() != AccountKind.INVESTMENT) {
      return Holdings.Adding.NOT_INVESTMENT;
    }
    if (book.holdingsOn(account.id()) >= limit) {
      return Holdings.Adding.LIMIT_REACHED;
    }
    book.holdings.put(holding.id(), holding);
    return Holdings.Adding.ADDED;
  }

  @Override
  public synchronized Optional<Holding> holding(String userId, String id) {
    return Optional.ofNullable(of(userId).holdings.get(id));
  }

  @Override
  public synchronized List<Holding> holdings(String userId) {
    return new ArrayList<>(of(userId).holdings.values());
  }

  @Override
  public synchronized boolean replace(Holding holding) {
    Book book = of(holding.userId());
    Holding stored = book.holdings.get(holding.id());
    if (stored == null || !stored.accountId().equals(holding.accountId())) {
      return false;
    }
    book.holdings.put(holding.id(), holding);
    return true;
  }

  @Override
  public synchronized boolean remove(Holding current) {
    return of(current.userId()).holdings.remove(current.id()) != null;
  }

  private NavigableMap<LocalDate, AccountValue> valuesOf(String userId, String accountId) {
    return of(userId).values.getOrDefault(accountId, new TreeMap<>());
  }
}
