package com.finflow.accounts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Accounts in a map, unique by IBAN like the DynamoDB adapter. */
public final class InMemoryAccountRegistry implements AccountRegistry {

  private final Map<String, BankAccount> accounts = new ConcurrentHashMap<>();

  @Override
  public boolean open(BankAccount account) {
    return accounts.putIfAbsent(account.iban(), account) == null;
  }

  @Override
  public Optional<BankAccount> find(String iban) {
    return Optional.ofNullable(accounts.get(iban));
  }

  public Map<String, BankAccount> accounts() {
    return Map.copyOf(accounts);
  }
}
