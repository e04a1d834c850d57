package com.finflow.shared.http;

/**
 * The patterns the API document publishes for request fields, each applied by the parser of the
 * field before the checks a pattern cannot state (check digits, a known country). A value outside
 * its pattern is refused (422), so the document describes every value the API accepts.
 *
 * <p>Text fields that must not be blank publish {@link BodyFields#NOT_BLANK_PATTERN}, which is
 * found anywhere in the value rather than matched by all of it.
 *
 * <p>Each is a whole-value Java pattern that reads the same in ECMAScript and Python: explicit
 * ASCII classes, never {@code \d}, {@code \w} or {@code \s}, whose meaning differs between them.
 * The document anchors them with {@code ^} and {@code $}.
 */
public final class FieldPatterns {

  /**
   * An IBAN as printed or in electronic form: once spaces are removed and letters upper-cased, a
   * country, two check digits and 11 to 30 letters or digits.
   */
  public static final String IBAN = "( *[A-Za-z]){2}( *[0-9]){2}( *[A-Za-z0-9]){11,30} *";

  /**
   * A BIC: six letters (institution and country), two letters or digits, an optional branch; spaces
   * ignored.
   */
  public static final String BIC = "( *[A-Za-z]){6}( *[A-Za-z0-9]){2}(( *[A-Za-z0-9]){3})? *";

  /**
   * A CPF, bare or printed ({@code 529.982.247-25}): 11 ASCII digits with dots, hyphens or spaces
   * anywhere.
   */
  public static final String CPF = "([ .-]*[0-9]){11}[ .-]*";

  /** A balance: a decimal string of up to 15 whole digits and 2 decimals, never negative. */
  public static final String BALANCE = "[0-9]{1,15}([.][0-9]{1,2})?";

  /**
   * An amount greater than zero, at most 2 decimals, no leading zero: {@code 0.01} to 15 digits.
   */
  public static final String POSITIVE_AMOUNT =
      "(0[.](0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,14}([.][0-9]{1,2})?)";

  /** An id Finflow issues for users, bulks and extractions. */
  public static final String UUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  /** An id made of ASCII letters, digits and {@code . _ : -}, starting with a letter or digit. */
  public static final String TOKEN = "[A-Za-z0-9][A-Za-z0-9._:-]*";

  /**
   * A SEPA transfer amount in EUR: greater than zero and at most 1,000,000.00 (the deployed
   * per-transfer limit), at most 2 decimals, no leading zero.
   */
  public static final String TRANSFER_AMOUNT =
      "(0[.](0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,5}([.][0-9]{1,2})?|1000000([.]0{1,2})?)";

  /**
   * Text in the EPC basic Latin character set every SEPA bank carries unchanged ({@code a-z A-Z 0-9
   * / - ? : ( ) . , ' +} and space), with at least one character that is not a space.
   */
  public static final String SEPA_TEXT =
      "[A-Za-z0-9/?:().,'+ -]*[A-Za-z0-9/?:().,'+-][A-Za-z0-9/?:().,'+ -]*";

  /** An IBAN in electronic form as a company's account: country, check digits, 11 to 30 more. */
  public static final String ELECTRONIC_IBAN = "[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}";

  /** What a feed row's IBAN field holds: 1 to 64 printable ASCII characters, checked by rules. */
  public static final String IBAN_TEXT = "[!-~]{1,64}";

  /** A feed amount: a plain decimal of at most 12 whole digits and 8 decimals, never negative. */
  public static final String FEED_AMOUNT = "[0-9]{1,12}([.][0-9]{1,8})?";

  /** An EUR balance that may be negative: up to 13 whole digits and 2 decimals. */
  public static final String EUR_BALANCE = "-?[0-9]{1,13}([.][0-9]{1,2})?";

  /** An exchange rate: up to 4 whole digits and 12 decimals. */
  public static final String EXCHANGE_RATE = "[0-9]{1,4}([.][0-9]{1,12})?";

  /**
   * A yearly interest rate as a decimal fraction from 0 to 1, at most 6 decimals: 0.015 is 1.5%.
   */
  public static final String INTEREST_RATE = "(0([.][0-9]{1,6})?|1([.]0{1,6})?)";

  /** An ISO 4217 code: three upper-case ASCII letters. */
  public static final String CURRENCY = "[A-Z]{3}";

  /**
   * A security's ticker symbol as price sources spell them ({@code IBM}, {@code BRK.B}, {@code
   * SAP.DEX}): letters, digits, dots and hyphens, up to 20.
   */
  public static final String SYMBOL = "[A-Za-z0-9][A-Za-z0-9.-]{0,19}";

  /** An ISO 3166-1 alpha-2 country code: two upper-case ASCII letters. */
  public static final String COUNTRY = "[A-Z]{2}";

  /** A calendar date, {@code YYYY-MM-DD}. */
  public static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

  /**
   * A date and time with an offset, ISO 8601 ({@code 2024-03-07T10:15:30+01:00}, {@code ...Z});
   * fractions of a second allowed.
   */
  public static final String DATE_TIME =
      "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})";

  /**
   * An RFC 3339 date and time whose offset a clock can have: at most 18 hours either way (RFC 3339
   * writes up to 23:59, but no zone is beyond 14 hours and Java's offsets end at 18), no leap
   * second.
   */
  public static final String OFFSET_DATE_TIME =
      "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]([.][0-9]{1,9})?"
          + "([Zz]|[+-](0[0-9]|1[0-7]):[0-5][0-9]|[+-]18:00)";

  private FieldPatterns() {}
}
