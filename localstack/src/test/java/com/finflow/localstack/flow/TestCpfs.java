package com.finflow.localstack.flow;

/** Valid CPFs for tests, made from nine digits by the mod-11 check-digit rule. */
public final class TestCpfs {

  private TestCpfs() {}

  /** A valid CPF whose first nine digits are {@code base} (zero-padded). */
  public static String of(long base) {
    String digits = String.format("%09d", base);
    digits += checkDigit(digits);
    return digits + checkDigit(digits);
  }

  private static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.charAt(i) - '0') * (digits.length() + 1 - i);
    }
    int remainder = (sum * 10) % 11;
    return remainder == 10 ? 0 : remainder;
  }
}
