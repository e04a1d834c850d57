package com.finflow.personal;

import java.util.Objects;
import java.util.Optional;

/**
 * A validated account to add: a currency {@link Currencies} lists, maybe one of the caller's
 * institutions.
 */
public record NewAccount(
    String name, AccountKind kind, String currency, Optional<String> institutionId) {

  public NewAccount {
    Objects.requireNonNull(name);
    Objects.requireNonNull(kind);
    if (Currencies.of(currency).isEmpty()) {
      throw new IllegalArgumentException("not a listed currency: " + currency);
    }
    Objects.requireNonNull(institutionId);
  }
}
