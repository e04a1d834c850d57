package com.finflow.shared.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount in integer minor units (cents) of one currency. Decimal strings exist only at the
 * edges, parsed strictly and printed with exactly the currency's number of decimals.
 */
public record Money(long minorUnits, Currency currency) {

  /**
   * A plain decimal amount in ASCII digits. Spelled {@code [0-9]} rather than {@code \d}: {@code
   * new BigDecimal} would read other scripts' digits, and {@code \d} means them too once a pattern
   * is compiled with {@code UNICODE_CHARACTER_CLASS}.
   */
  public static final String DECIMAL_PATTERN = "-?[0-9]{1,15}(\\.[0-9]+)?";

  /** An ISO 4217 alphabetic code: three upper-case ASCII letters, with no case folding. */
  public static final String CURRENCY_CODE_PATTERN = "[A-Z]{3}";

  private static final Pattern DECIMAL = Pattern.compile(DECIMAL_PATTERN);
  private static final Pattern CURRENCY_CODE = Pattern.compile(CURRENCY_CODE_PATTERN);

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  /**
   * The currency of an ISO 4217 code such as {@code EUR}; empty for anything else, {@code eur} or
   * {@code ＥＵＲ} too.
   */
  public static Optional<Currency> currency(String code) {
    if (code == null || !CURRENCY_CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Currency.getInstance(code));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /**
   * Parses a plain decimal string such as {@code "100.50"}: no exponent, no grouping, no more
   * decimals than the currency has. Empty when the text is not such an amount.
   */
  public static Optional<Money> parse(String text, Currency currency) {
    if (text == null || !DECIMAL.matcher(text).matches()) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(text);
    if (value.scale() > currency.getDefaultFractionDigits()) {
      return Optional.empty();
    }
    BigInteger minor =
        value.movePointRight(currency.getDefaultFractionDigits()).toBigIntegerExact();
    if (minor.bitLength() > 62) {
      return Optional.empty();
    }
    return Optional.of(new Money(minor.longValueExact(), currency));
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
  }

  public boolean isNegative() {
    return minorUnits < 0;
  }

  public boolean isPositive() {
    return minorUnits > 0;
  }

  public boolean isLessThan(Money other) {
    requireSameCurrency(other);
    return minorUnits < other.minorUnits;
  }

  /** The amount as a decimal string with the currency's decimals, e.g. {@code "1000.00"}. */
  public String toDecimalString() {
    return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()).toPlainString();
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
    }
  }
}
