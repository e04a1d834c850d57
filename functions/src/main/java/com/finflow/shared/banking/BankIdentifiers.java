package com.finflow.shared.banking;

import java.util.Locale;
import java.util.Optional;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * IBAN (ISO 13616) and BIC (ISO 9362) checks, by iban4j; input is normalized to its electronic
 * form.
 */
public final class BankIdentifiers {

  private BankIdentifiers() {}

  public static String normalize(String text) {
    return text.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Why the IBAN is invalid (country, length, format or check digits), or empty when it is valid.
   */
  public static Optional<String> ibanProblem(String iban) {
    try {
      IbanUtil.validate(iban);
      return Optional.empty();
    } catch (Iban4jException e) {
      return Optional.of("is not a valid IBAN: " + e.getMessage());
    }
  }

  /** Why the BIC is invalid, or empty when it is valid. */
  public static Optional<String> bicProblem(String bic) {
    try {
      BicUtil.validate(bic);
      return Optional.empty();
    } catch (BicFormatException e) {
      return Optional.of("is not a valid BIC: " + e.getMessage());
    } catch (Iban4jException e) {
      return Optional.of("is not a valid BIC: " + e.getMessage());
    }
  }
}
