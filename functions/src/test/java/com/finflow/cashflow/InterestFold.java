package com.finflow.cashflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interest computed the plain way, sharing nothing with the feature: walk every day from the first
 * movement, keep each account's balance, and for each day of the window add the balance times the
 * day's rate (a 365th of the yearly one) to its month; round each account's month half-even to the
 * cent at the end.
 */
final class InterestFold {

  /** Money moving on an account on a day, in cents (negative when it leaves). */
  record Movement(String iban, LocalDate day, long cents) {}

  /** Earned and charged, in cents, of one account in one month ({@code "2024-01"}). */
  record Figures(long earned, long charged) {}

  private InterestFold() {}

  static Map<String, Map<String, Figures>> fold(
      Map<String, Long> openings,
      List<Movement> movements,
      LocalDate from,
      LocalDate to,
      BigDecimal creditRate,
      BigDecimal debitRate) {
    LocalDate first = movements.stream().map(Movement::day).min(LocalDate::compareTo).orElse(from);
    if (first.isAfter(from)) {
      first = from;
    }
    Map<String, Long> balances = new LinkedHashMap<>(openings);
    Map<String, Map<String, BigDecimal[]>> exact = new LinkedHashMap<>();
    for (LocalDate day = first; !day.isAfter(to); day = day.plusDays(1)) {
      for (Movement movement : movements) {
        if (movement.day().equals(day)) {
          balances.merge(movement.iban(), movement.cents(), Long::sum);
        }
      }
      if (day.isBefore(from)) {
        continue;
      }
      String month = day.toString().substring(0, 7);
      for (String iban : openings.keySet()) {
        long balance = balances.get(iban);
        BigDecimal[] sums =
            exact
                .computeIfAbsent(iban, i -> new LinkedHashMap<>())
                .computeIfAbsent(month, m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        if (balance > 0) {
          sums[0] = sums[0].add(BigDecimal.valueOf(balance).multiply(creditRate));
        } else {
          sums[1] = sums[1].add(BigDecimal.valueOf(-balance).multiply(debitRate));
        }
      }
    }
    Map<String, Map<String, Figures>> rounded = new LinkedHashMap<>();
    exact.forEach(
        (iban, months) ->
            months.forEach(
                (month, sums) ->
                    rounded
                        .computeIfAbsent(iban, i -> new LinkedHashMap<>())
                        .put(month, new Figures(cents(sums[0]), cents(sums[1])))));
    return rounded;
  }

  private static long cents(BigDecimal balanceTimesRate) {
    return balanceTimesRate
        .divide(BigDecimal.valueOf(365), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }
}
