package com.finflow.cashflow;

import com.finflow.shared.failure.InvalidInput;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the aggregates of a company's accounts: totals always, months as asked. */
final class CompanyAccounts {

  private CompanyAccounts() {}

  /** The company's IBANs, or only {@code account} once it is known to be one of them. */
  static List<String> chosen(Company company, Optional<String> account) {
    if (account.isEmpty()) {
      return company.ibans();
    }
    if (!company.ibans().contains(account.get())) {
      throw InvalidInput.of("/query/account", "is not an account of the company");
    }
    return List.of(account.get());
  }

  /** Each account's history, with the given months read day by day. */
  static Map<String, AccountHistory> read(
      Aggregates aggregates,
      String organizationId,
      Company company,
      List<String> ibans,
      Collection<YearMonth> months) {
    return read(aggregates, organizationId, company, ibans, months, Optional.empty());
  }

  /**
   * Each account's history, with the given months read day by day, and the instants of {@code
   * instantsOn}. A month marked spilled in the totals is its item plus its day items: their day
   * figures in one more request, and the day whose instants are asked for whole, alone (a day item
   * may hold thousands of them).
   */
  static Map<String, AccountHistory> read(
      Aggregates aggregates,
      String organizationId,
      Company company,
      List<String> ibans,
      Collection<YearMonth> months,
      Optional<LocalDate> instantsOn) {
    List<AggregateKey> keys = new ArrayList<>();
    for (String iban : ibans) {
      keys.add(new AggregateKey.Totals(iban));
      months.forEach(month -> keys.add(new AggregateKey.Month(iban, month)));
    }
    Map<AggregateKey, Figures> figures = new LinkedHashMap<>(aggregates.read(organizationId, keys));
    List<AggregateKey> days = new ArrayList<>();
    List<AggregateKey> whole = new ArrayList<>();
    for (String iban : ibans) {
      Figures totals = figures.getOrDefault(new AggregateKey.Totals(iban), new Figures());
      for (YearMonth month : months) {
        if (totals.get(FigureNames.spilled(month)) > 0) {
          for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            (instantsOn.equals(Optional.of(date)) ? whole : days)
                .add(new AggregateKey.Day(iban, date));
          }
        }
      }
    }
    if (!days.isEmpty()) {
      addToMonths(figures, aggregates.readDays(organizationId, days));
    }
    for (AggregateKey day : whole) {
      addToMonths(figures, aggregates.read(organizationId, List.of(day)));
    }
    Map<String, AccountHistory> histories = new LinkedHashMap<>();
    for (String iban : ibans) {
      Map<YearMonth, Figures> ofMonths = new LinkedHashMap<>();
      months.forEach(
          month ->
              ofMonths.put(
                  month, figures.getOrDefault(new AggregateKey.Month(iban, month), new Figures())));
      histories.put(
          iban,
          new AccountHistory(
              company.openingBalance(iban),
              figures.getOrDefault(new AggregateKey.Totals(iban), new Figures()),
              ofMonths));
    }
    return histories;
  }

  private static void addToMonths(
      Map<AggregateKey, Figures> figures, Map<AggregateKey, Figures> days) {
    days.forEach(
        (key, ofDay) ->
            figures
                .computeIfAbsent(((AggregateKey.Day) key).month(), month -> new Figures())
                .addAll(ofDay));
  }
}
