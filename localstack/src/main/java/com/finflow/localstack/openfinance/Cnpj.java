package com.finflow.localstack.openfinance;

/**
 * A Brazilian company taxpayer number (Cadastro Nacional da Pessoa Jurídica): 14 digits, the last
 * two check digits.
 */
final class Cnpj {

  private static final int[] FIRST_WEIGHTS = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
  private static final int[] SECOND_WEIGHTS = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

  private Cnpj() {}

  /** Appends the two check digits to twelve base digits. */
  static String withCheckDigits(String base) {
    String withFirst = base + checkDigit(base, FIRST_WEIGHTS);
    return withFirst + checkDigit(withFirst, SECOND_WEIGHTS);
  }

  private static int checkDigit(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    int remainder = sum % 11;
    return remainder < 2 ? 0 : 11 - remainder;
  }
}
