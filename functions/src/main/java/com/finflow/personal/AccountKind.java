package com.finflow.personal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an account is for. Only an {@code investment} account holds securities, and its dated values
 * carry the cash it holds beside its balance.
 */
public enum AccountKind {
  CHECKING,
  SAVINGS,
  INVESTMENT,
  CREDIT_CARD;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind spelled exactly as on the wire; empty otherwise. */
  public static Optional<AccountKind> of(String wireName) {
    return Arrays.stream(values()).filter(kind -> kind.wireName().equals(wireName)).findFirst();
  }
}
