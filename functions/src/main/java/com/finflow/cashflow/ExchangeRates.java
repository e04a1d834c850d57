package com.finflow.cashflow;

/**
 * The rate periods of each organization, only ever added, and how many counted rows converted at
 * them on each day. Adding a period and converting rows exclude each other: a step converts only
 * while the book it read is current, and a period is added only while the book and the usage it
 * read are (so rows counted meanwhile are seen).
 */
public interface ExchangeRates {

  /** Every period with the book's version, read as stored now. */
  RateBook book(String organizationId);

  /** The counted rows of the currency per day, as stored now. */
  CurrencyUsage usage(String organizationId, String currency);

  /**
   * Adds the period if the book is still at {@code book}'s version and, unless {@code usage} is
   * {@link CurrencyUsage#unread()}, the currency's usage is still as read. False when it is not, or
   * when a period of the currency with the same start is there: read both again.
   */
  boolean add(String organizationId, ExchangeRate rate, RateBook book, CurrencyUsage usage);
}
