package com.finflow.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A login email in its canonical form, so that the same mailbox is one user whatever its spelling:
 * Unicode NFKC (full-width {@code ｊａｎｅ} and ligatures become {@code jane}), then lower case. Two
 * addresses that differ only by case or by compatibility form are one address, stored and compared
 * in this form.
 */
public record Email(String value) {

  // Deliberately simpler than RFC 5322: one @, a dotted domain, no spaces, and SMTP's length
  // limits.
  private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final String NOT_AN_EMAIL = "is not an email address";

  public static Optional<Email> parse(String text) {
    return refusalOf(text).isPresent() ? Optional.empty() : Optional.of(new Email(canonical(text)));
  }

  /** Why the text is not an email Finflow accepts, or empty when {@link #parse} accepts it. */
  public static Optional<String> refusalOf(String text) {
    String canonical = canonical(text);
    if (canonical.length() > 254 || !SHAPE.matcher(canonical).matches()) {
      return Optional.of(NOT_AN_EMAIL);
    }
    if (canonical.codePoints().anyMatch(Email::isInvisible)) {
      return Optional.of(NOT_AN_EMAIL + ": it holds an invisible, control or unassigned character");
    }
    return LocalPartScripts.of(canonical.substring(0, canonical.indexOf('@')))
        .refusal()
        .map(reason -> NOT_AN_EMAIL + ": its local part " + reason);
  }

  /**
   * The address as it was stored before compatibility forms were folded and mixed scripts refused
   * (stripped and lower-cased only), when {@link #parse} now gives another form or none: users
   * registered then with, say, a full-width address can still sign in, though no one can register
   * such an address any more.
   */
  public static Optional<Email> legacySpelling(String text) {
    String lowerCased = text.strip().toLowerCase(Locale.ROOT);
    if (lowerCased.length() > 254 || !SHAPE.matcher(lowerCased).matches()) {
      return Optional.empty();
    }
    boolean unchanged = parse(text).filter(email -> email.value().equals(lowerCased)).isPresent();
    return unchanged ? Optional.empty() : Optional.of(new Email(lowerCased));
  }

  /**
   * NFKC, then lower case, then NFKC again so that the form is stable (lower-casing {@code İ}
   * yields a combining dot).
   *
   * <p>Lower case rather than full Unicode case folding: the JDK has no full folding, and the two
   * differ only for a few characters such as {@code ß} (folded to {@code ss}) and final sigma. Mail
   * providers treat {@code straße} and {@code strasse} as two mailboxes, so they stay two users;
   * and every address stored before this form existed was lower-cased with {@code Locale.ROOT}, so
   * ASCII addresses keep the key they were stored under.
   */
  static String canonical(String text) {
    String compatible = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
    return Normalizer.normalize(compatible.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
  }

  private static boolean isInvisible(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.PRIVATE_USE,
          Character.SURROGATE,
          Character.UNASSIGNED,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          true;
      default -> false;
    };
  }

  public String localPart() {
    return value.substring(0, value.indexOf('@'));
  }

  @Override
  public String toString() {
    return "Email[redacted]";
  }
}
