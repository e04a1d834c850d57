package com.finflow.localstack.openfinance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The booking dates a transactions request covers, {@code fromBookingDate} to {@code toBookingDate}
 * inclusive. Both or neither must be given (neither means today only) and they may span at most
 * twelve months.
 */
record BookingWindow(LocalDate from, LocalDate to) {

  static final int MAX_MONTHS = 12;

  /**
   * @throws InvalidParameter for a malformed date, a missing partner date or a window the provider
   *     refuses
   */
  static BookingWindow of(ProviderRequest request, LocalDate today) {
    String from = request.queryParameter("fromBookingDate").orElse("");
    String to = request.queryParameter("toBookingDate").orElse("");
    if (from.isEmpty() && to.isEmpty()) {
      return new BookingWindow(today, today);
    }
    if (from.isEmpty() || to.isEmpty()) {
      throw new InvalidParameter(
          ProviderAnswer.unprocessable(
              "PARAMETRO_NAO_INFORMADO", "fromBookingDate and toBookingDate go together"));
    }
    BookingWindow window =
        new BookingWindow(date("fromBookingDate", from), date("toBookingDate", to));
    if (window.to.isBefore(window.from)) {
      throw new InvalidParameter(
          ProviderAnswer.unprocessable(
              "PARAMETRO_INVALIDO", "toBookingDate " + to + " is before fromBookingDate " + from));
    }
    if (window.from.isBefore(window.to.minusMonths(MAX_MONTHS))) {
      throw new InvalidParameter(
          ProviderAnswer.unprocessable(
              "PARAMETRO_INVALIDO",
              "the booking window "
                  + from
                  + " to "
                  + to
                  + " spans more than "
                  + MAX_MONTHS
                  + " months"));
    }
    return window;
  }

  boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameter(
          ProviderAnswer.badRequest(name + " must be a date as YYYY-MM-DD: " + value));
    }
  }
}
