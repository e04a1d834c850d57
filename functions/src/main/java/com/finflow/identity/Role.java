package com.finflow.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user may do inside their organization. */
public enum Role {
  ADMIN,
  MEMBER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromWireName(String text) {
    return Arrays.stream(values()).filter(role -> role.wireName().equals(text)).findFirst();
  }
}
