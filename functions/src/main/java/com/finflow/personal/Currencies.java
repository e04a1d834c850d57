package com.finflow.personal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The currencies personal finance knows: the euro and every currency the European Central Bank
 * publishes a daily reference rate for, with their ISO 4217 minor units. Listed here rather than
 * taken from the JDK, whose list changes between releases, so that the API document can publish
 * them and a rate exists for each.
 */
public final class Currencies {

  public static final String EURO = "EUR";

  public static final List<IsoCurrency> ALL =
      List.of(
          new IsoCurrency("AUD", 2, "Australian dollar"),
          new IsoCurrency("BGN", 2, "Bulgarian lev"),
          new IsoCurrency("BRL", 2, "Brazilian real"),
          new IsoCurrency("CAD", 2, "Canadian dollar"),
          new IsoCurrency("CHF", 2, "Swiss franc"),
          new IsoCurrency("CNY", 2, "Chinese yuan renminbi"),
          new IsoCurrency("CZK", 2, "Czech koruna"),
          new IsoCurrency("DKK", 2, "Danish krone"),
          new IsoCurrency("EUR", 2, "Euro"),
          new IsoCurrency("GBP", 2, "Pound sterling"),
          new IsoCurrency("HKD", 2, "Hong Kong dollar"),
          new IsoCurrency("HUF", 2, "Hungarian forint"),
          new IsoCurrency("IDR", 2, "Indonesian rupiah"),
          new IsoCurrency("ILS", 2, "Israeli new shekel"),
          new IsoCurrency("INR", 2, "Indian rupee"),
          new IsoCurrency("ISK", 0, "Icelandic krona"),
          new IsoCurrency("JPY", 0, "Japanese yen"),
          new IsoCurrency("KRW", 0, "South Korean won"),
          new IsoCurrency("MXN", 2, "Mexican peso"),
          new IsoCurrency("MYR", 2, "Malaysian ringgit"),
          new IsoCurrency("NOK", 2, "Norwegian krone"),
          new IsoCurrency("NZD", 2, "New Zealand dollar"),
          new IsoCurrency("PHP", 2, "Philippine peso"),
          new IsoCurrency("PLN", 2, "Polish zloty"),
          new IsoCurrency("RON", 2, "Romanian leu"),
          new IsoCurrency("SEK", 2, "Swedish krona"),
          new IsoCurrency("SGD", 2, "Singapore dollar"),
          new IsoCurrency("THB", 2, "Thai baht"),
          new IsoCurrency("TRY", 2, "Turkish lira"),
          new IsoCurrency("USD", 2, "US dollar"),
          new IsoCurrency("ZAR", 2, "South African rand"));

  public static final List<String> CODES = ALL.stream().map(IsoCurrency::code).toList();

  private static final Map<String, IsoCurrency> BY_CODE =
      ALL.stream().collect(Collectors.toUnmodifiableMap(IsoCurrency::code, Function.identity()));

  private Currencies() {}

  /** The currency of one of {@link #CODES}, spelled exactly; empty for any other text. */
  public static Optional<IsoCurrency> of(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
