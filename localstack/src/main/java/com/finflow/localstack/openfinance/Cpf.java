package com.finflow.localstack.openfinance;

/**
 * A Brazilian individual taxpayer number (Cadastro de Pessoas Físicas): 11 digits whose last two
 * are check digits (mod 11 over the digits before them), not all digits equal. It identifies the
 * customer whose data a consent shares.
 */
public record Cpf(String digits) {

  public Cpf {
    if (!isValid(digits)) {
      throw new IllegalArgumentException("not a valid CPF: " + digits);
    }
  }

  public static boolean isValid(String digits) {
    if (digits == null || !digits.matches("\\d{11}") || digits.chars().distinct().count() == 1) {
      return false;
    }
    return digits.equals(withCheckDigits(digits.substring(0, 9)));
  }

  /** Appends the two check digits to nine base digits. */
  static String withCheckDigits(String base) {
    String withFirst = base + checkDigit(base);
    return withFirst + checkDigit(withFirst);
  }

  private static int checkDigit(String digits) {
    int sum = 0;
    int weight = digits.length() + 1;
    for (char digit : digits.toCharArray()) {
      sum += (digit - '0') * weight--;
    }
    int remainder = sum % 11;
    return remainder < 2 ? 0 : 11 - remainder;
  }

  /** The sandbox's convention for a customer who turns consents down: CPFs beginning with 999. */
  boolean rejectsConsents() {
    return digits.startsWith("999");
  }
}
