package com.finflow.cashflow;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * The IBAN rules of the feed: an IBAN must start with an ISO 3166-1 alpha-2 country code; in strict
 * mode it must also pass ISO 13616 (length for its country and mod-97 check digits).
 */
public final class IbanRules {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private IbanRules() {}

  /** The rule the IBAN breaks, if any. */
  public static Optional<Rule> broken(String iban, boolean strict) {
    if (iban.length() < 2 || !COUNTRIES.contains(iban.substring(0, 2))) {
      return Optional.of(Rule.INVALID_IBAN);
    }
    if (strict) {
      try {
        IbanUtil.validate(iban);
      } catch (Iban4jException | IllegalArgumentException e) {
        return Optional.of(Rule.INVALID_IBAN_CHECKSUM);
      }
    }
    return Optional.empty();
  }

  /** The country code an IBAN starts with (its first two characters). */
  public static String countryOf(String iban) {
    return iban.length() < 2 ? "" : iban.substring(0, 2);
  }

  /** True when the text is an ISO 3166-1 alpha-2 code. */
  public static boolean isCountry(String code) {
    return COUNTRIES.contains(code);
  }
}
