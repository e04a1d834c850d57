package com.finflow.cashflow;

import com.finflow.shared.Caller;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A company's (or one account's) balance per interval over a window. Cost: per account, its totals
 * plus the months the window cuts (every month of it for days and weeks; at most its first and last
 * for months, quarters and years): it grows with the window, never with the transactions.
 */
public final class GetBalances {

  private final Companies companies;
  private final Aggregates aggregates;

  public GetBalances(Companies companies, Aggregates aggregates) {
    this.companies = companies;
    this.aggregates = aggregates;
  }

  public BalanceSeries balances(Caller caller, BalancesQuery query) {
    String organizationId = caller.organizationId();
    Company company =
        companies.find(organizationId, query.companyId()).orElseThrow(NoSuchCompany::new);
    List<String> ibans = CompanyAccounts.chosen(company, query.account());
    List<Interval.Period> periods = query.interval().periods(query.from(), query.to());
    Set<YearMonth> months = new TreeSet<>();
    if (query.from().getDayOfMonth() > 1) {
      months.add(YearMonth.from(query.from()));
    }
    periods.forEach(period -> AccountHistory.monthsCutBy(period.start(), period.end(), months));
    Map<String, AccountHistory> histories =
        CompanyAccounts.read(aggregates, organizationId, company, ibans, months);
    long opening = histories.values().stream().mapToLong(h -> h.balanceBefore(query.from())).sum();
    List<BalanceSeries.Row> rows = new ArrayList<>();
    // For the whole company, money moved between its own accounts is neither in nor out.
    boolean wholeCompany = query.account().isEmpty();
    for (Interval.Period period : periods) {
      long inside =
          wholeCompany
              ? histories.values().stream()
                  .mapToLong(h -> h.receivedInside(period.start(), period.end()))
                  .sum()
              : 0;
      long in =
          histories.values().stream().mapToLong(h -> h.in(period.start(), period.end())).sum()
              - inside;
      long out =
          histories.values().stream().mapToLong(h -> h.out(period.start(), period.end())).sum()
              - inside;
      long closing = opening + in - out;
      rows.add(
          new BalanceSeries.Row(
              period.start().toString(),
              period.end().toString(),
              EurAmount.text(opening),
              EurAmount.text(in),
              EurAmount.text(out),
              EurAmount.text(closing)));
      opening = closing;
    }
    return new BalanceSeries(
        company.id(),
        query.interval().label(),
        query.from().toString(),
        query.to().toString(),
        RateBook.EUR,
        rows);
  }
}
