package com.finflow.shared.banking;

import com.finflow.shared.ids.AsciiText;
import java.util.Optional;
import java.util.regex.Pattern;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * IBAN (ISO 13616) and BIC (ISO 9362) checks. Input is first normalized to its electronic form (see
 * {@link #normalize}); what remains must be ASCII letters and digits in the shape of {@link
 * #IBAN_PATTERN} or {@link #BIC_PATTERN} before iban4j checks the country, length, structure and
 * check digits.
 *
 * <p>The ASCII check is ours because iban4j reads characters with {@code Character.getNumericValue}
 * and {@code Character.isLetter}: it takes Arabic-Indic or full-width digits as 0-9 and a Cyrillic
 * {@code Н} as a letter, and would accept {@code FR٧٦…} as a twin of {@code FR76…} that a bank
 * would not recognize.
 */
public final class BankIdentifiers {

  /**
   * What a printed IBAN or BIC may hold before {@link #normalize}: ASCII letters, digits and
   * spaces. Any text outside this pattern is refused, so it describes every accepted input (a
   * superset: the shape and check digits come after).
   */
  public static final String PRINTED_PATTERN = "[A-Za-z0-9 ]+";

  /**
   * An IBAN in electronic form: country, two check digits, then 11 to 30 ASCII letters or digits.
   */
  public static final String IBAN_PATTERN = "[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}";

  /**
   * A BIC: institution, country, location, then an optional branch; 8 or 11 ASCII letters or
   * digits.
   */
  public static final String BIC_PATTERN = "[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?";

  private static final Pattern IBAN = Pattern.compile(IBAN_PATTERN);
  private static final Pattern BIC = Pattern.compile(BIC_PATTERN);
  private static final String ASCII_ONLY =
      "must hold only ASCII letters and digits (spaces are ignored)";

  private BankIdentifiers() {}

  /**
   * The electronic form of a printed IBAN or BIC: every space (U+0020) removed and ASCII letters
   * upper-cased. Nothing else is changed, so a character from another script, a full-width or
   * zero-width one, a tab or a non-breaking space stays in place for {@link #ibanProblem} or {@link
   * #bicProblem} to refuse; upper-casing only ASCII keeps {@code ı} or {@code ſ} from turning into
   * an ASCII {@code I} or {@code S}.
   */
  public static String normalize(String text) {
    return AsciiText.upperCase(text.replace(" ", ""));
  }

  /**
   * Why the normalized IBAN is invalid (characters, country, length, format or check digits), or
   * empty when valid.
   */
  public static Optional<String> ibanProblem(String iban) {
    if (!AsciiText.isLettersAndDigits(iban)) {
      return Optional.of("is not a valid IBAN: it " + ASCII_ONLY);
    }
    try {
      IbanUtil.validate(iban);
    } catch (Iban4jException e) {
      return Optional.of("is not a valid IBAN: " + e.getMessage());
    }
    // iban4j's rules per country are stricter; the pattern is what the API document publishes, so
    // it holds too.
    return IBAN.matcher(iban).matches()
        ? Optional.empty()
        : Optional.of(
            "is not a valid IBAN: it must be a country, two check digits and 11 to 30 letters or digits");
  }

  /** Why the normalized BIC is invalid, or empty when it is valid. */
  public static Optional<String> bicProblem(String bic) {
    if (!AsciiText.isLettersAndDigits(bic)) {
      return Optional.of("is not a valid BIC: it " + ASCII_ONLY);
    }
    try {
      BicUtil.validate(bic);
    } catch (BicFormatException e) {
      return Optional.of("is not a valid BIC: " + e.getMessage());
    } catch (Iban4jException e) {
      return Optional.of("is not a valid BIC: " + e.getMessage());
    }
    return BIC.matcher(bic).matches()
        ? Optional.empty()
        : Optional.of(
            "is not a valid BIC: it must be 8 or 11 letters or digits, the first six of them letters");
  }
}
