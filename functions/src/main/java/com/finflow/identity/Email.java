package com.finflow.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A login email, compared case-insensitively: the same mailbox is one user whatever its spelling.
 */
public record Email(String value) {

  // Deliberately simpler than RFC 5322: one @, a dotted domain, no spaces, and SMTP's length
  // limits.
  private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

  public static Optional<Email> parse(String text) {
    String normalized = text.strip().toLowerCase(Locale.ROOT);
    if (normalized.length() > 254 || !SHAPE.matcher(normalized).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Email(normalized));
  }

  public String localPart() {
    return value.substring(0, value.indexOf('@'));
  }

  @Override
  public String toString() {
    return "Email[redacted]";
  }
}
