package com.finflow.shared.ids;

import java.util.OptionalInt;

/**
 * Character checks for identifiers, which are ASCII. The JDK's own checks are Unicode-wide and
 * would let other scripts' digits and letters through: {@code Character.isDigit}, {@code
 * Character.isLetter}, {@code Integer.parseInt} and {@code new BigDecimal} all take {@code ٧}
 * (Arabic-Indic seven) or {@code ７} (full-width seven) as a 7, and {@code toUpperCase} turns {@code
 * ı} and {@code ſ} into ASCII {@code I} and {@code S}. These look at ASCII only.
 */
public final class AsciiText {

  private AsciiText() {}

  /**
   * True when the text is not empty and holds only ASCII letters ({@code A-Z}, {@code a-z}) and
   * digits.
   */
  public static boolean isLettersAndDigits(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> isDigit(c) || isLetter(c));
  }

  /** True when the text is not empty and holds only the ASCII digits {@code 0-9}. */
  public static boolean isDigits(String text) {
    return !text.isEmpty() && text.chars().allMatch(AsciiText::isDigit);
  }

  /**
   * The text with {@code a-z} upper-cased and every other character, ASCII or not, left as it is.
   */
  public static String upperCase(String text) {
    StringBuilder upper = new StringBuilder(text.length());
    text.chars().forEach(c -> upper.append((char) (c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c)));
    return upper.toString();
  }

  /**
   * A whole number of 1 to 9 ASCII digits, such as a page's {@code from} or {@code limit}; empty
   * otherwise.
   */
  public static OptionalInt wholeNumber(String text) {
    return text.length() <= 9 && isDigits(text)
        ? OptionalInt.of(Integer.parseInt(text))
        : OptionalInt.empty();
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
