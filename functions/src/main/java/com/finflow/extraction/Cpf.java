package com.finflow.extraction;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Brazilian individual taxpayer number: 11 ASCII digits whose last two are mod-11 check digits.
 * Its printed form ({@code 529.982.247-25}) is accepted: dots, hyphens and spaces are removed
 * first, and nothing else is.
 */
public record Cpf(String digits) {

  /**
   * What a printed CPF may hold: ASCII digits, dots, hyphens and spaces. Any text outside it is
   * refused.
   */
  public static final String PRINTED_PATTERN = "[0-9. -]+";

  /**
   * The digits once dots, hyphens and spaces are removed: {@code [0-9]}, never {@code \d} or
   * another script's.
   */
  public static final String DIGITS_PATTERN = "[0-9]{11}";

  private static final Pattern DIGITS = Pattern.compile(DIGITS_PATTERN);
  private static final Pattern PUNCTUATION = Pattern.compile("[. -]");

  public Cpf {
    if (!DIGITS.matcher(digits).matches()) {
      throw new IllegalArgumentException("a CPF is 11 ASCII digits");
    }
  }

  /**
   * The CPF of its printed or bare form; empty unless 11 ASCII digits, not all alike, with valid
   * check digits.
   */
  public static Optional<Cpf> parse(String text) {
    String digits = PUNCTUATION.matcher(text).replaceAll("");
    if (!DIGITS.matcher(digits).matches() || digits.chars().distinct().count() == 1) {
      return Optional.empty();
    }
    return checkDigit(digits, 9) == digits.charAt(9) - '0'
            && checkDigit(digits, 10) == digits.charAt(10) - '0'
        ? Optional.of(new Cpf(digits))
        : Optional.empty();
  }

  private static int checkDigit(String digits, int length) {
    int sum = 0;
    for (int i = 0; i < length; i++) {
      sum += (digits.charAt(i) - '0') * (length + 1 - i);
    }
    int remainder = (sum * 10) % 11;
    return remainder == 10 ? 0 : remainder;
  }

  /** What responses show: only the last five digits, e.g. {@code ***.***.222-33}. */
  public String masked() {
    return "***.***." + digits.substring(6, 9) + "-" + digits.substring(9);
  }

  @Override
  public String toString() {
    return "Cpf[" + masked() + "]";
  }
}
