package com.finflow.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be (NIST SP 800-63B): long enough, not absurdly long (Argon2 work grows
 * with it), not a commonly used password, and not the email's own name.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private final Set<String> common;

  public PasswordPolicy() {
    this(loadCommonPasswords());
  }

  PasswordPolicy(Set<String> common) {
    this.common = Set.copyOf(common);
  }

  /** Why the password is refused, or empty when it is acceptable. */
  public Optional<String> refusalOf(String password, Email email) {
    return refusalOf(password, Optional.of(email));
  }

  /** As above; without a valid email, only the rules that do not depend on it apply. */
  public Optional<String> refusalOf(String password, Optional<Email> email) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (common.contains(lower)) {
      return Optional.of(
          "is too common; choose a password that is not on lists of leaked passwords");
    }
    if (email
        .filter(known -> known.localPart().length() >= 4 && lower.contains(known.localPart()))
        .isPresent()) {
      return Optional.of("must not contain the email address");
    }
    return Optional.empty();
  }

  private static Set<String> loadCommonPasswords() {
    try (InputStream in =
        PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("identity/common-passwords.txt is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
