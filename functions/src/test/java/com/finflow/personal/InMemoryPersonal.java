package com.finflow.personal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Profiles and transactions in memory, with the key order and tenancy of the DynamoDB store. */
public final class InMemoryPersonal implements Profiles, Transactions {

  private final Map<String, Profile> profiles = new ConcurrentHashMap<>();
  private final Map<String, NavigableMap<String, Transaction>> transactions =
      new ConcurrentHashMap<>();
  private final Map<String, Claim> claims = new ConcurrentHashMap<>();

  @Override
  public Optional<Profile> find(String userId) {
    return Optional.ofNullable(profiles.get(userId));
  }

  @Override
  public void save(String userId, Profile profile) {
    profiles.put(userId, profile);
  }

  @Override
  public synchronized Recording record(Transaction transaction, Optional<Claim> claim) {
    if (claim.isPresent()) {
      Claim earlier = claims.get(transaction.userId() + "/" + claim.get().key());
      if (earlier != null) {
        return earlier.fingerprint().equals(claim.get().fingerprint())
            ? new Recording.Replay(earlier.answer())
            : new Recording.KeyReusedForAnotherRequest();
      }
      claims.put(transaction.userId() + "/" + claim.get().key(), claim.get());
    }
    of(transaction.userId()).put(transaction.id(), transaction);
    return new Recording.Recorded();
  }

  @Override
  public Optional<Transaction> find(String userId, String id) {
    return Optional.ofNullable(of(userId).get(id));
  }

  @Override
  public boolean replace(Transaction transaction) {
    return of(transaction.userId()).replace(transaction.id(), transaction) != null;
  }

  @Override
  public boolean delete(String userId, String id) {
    return of(userId).remove(id) != null;
  }

  @Override
  public TransactionPage page(
      String userId, TransactionFilter filter, Optional<String> after, int limit) {
    NavigableMap<String, Transaction> newestFirst = of(userId).descendingMap();
    NavigableMap<String, Transaction> rest =
        after.map(id -> newestFirst.tailMap(id, false)).orElse(newestFirst);
    List<Transaction> items = new ArrayList<>();
    for (Transaction transaction : rest.values()) {
      if (filter.accepts(transaction)) {
        items.add(transaction);
        if (items.size() == limit) {
          return new TransactionPage(items, Optional.of(transaction.id()));
        }
      }
    }
    return new TransactionPage(items, Optional.empty());
  }

  public List<Transaction> all(String userId) {
    return List.copyOf(of(userId).values());
  }

  private NavigableMap<String, Transaction> of(String userId) {
    return transactions.computeIfAbsent(userId, id -> new ConcurrentSkipListMap<>());
  }
}
