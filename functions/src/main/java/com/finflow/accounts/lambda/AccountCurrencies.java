package com.finflow.accounts.lambda;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The currencies a sandbox account may be opened in: ISO 4217 codes of currencies with two
 * decimals, listed here rather than taken from the JDK, whose list changes between releases, so
 * that the API document can publish them.
 */
final class AccountCurrencies {

  static final List<String> CODES =
      List.of(
          "AED", "AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "HUF", "ILS",
          "INR", "MXN", "NOK", "NZD", "PLN", "RON", "SAR", "SEK", "SGD", "THB", "TRY", "USD",
          "ZAR");

  private AccountCurrencies() {}

  /** The currency of one of {@link #CODES}, spelled exactly; empty for any other text. */
  static Optional<Currency> of(String code) {
    return CODES.contains(code) ? Optional.of(Currency.getInstance(code)) : Optional.empty();
  }
}
