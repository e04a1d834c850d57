package com.finflow.extraction;

import java.util.Optional;

/** A Brazilian individual taxpayer number: 11 digits whose last two are mod-11 check digits. */
public record Cpf(String digits) {

  public static Optional<Cpf> parse(String text) {
    String digits = text.replaceAll("[.\\-\\s]", "");
    if (!digits.matches("\\d{11}") || digits.chars().distinct().count() == 1) {
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
