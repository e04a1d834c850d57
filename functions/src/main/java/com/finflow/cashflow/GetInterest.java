package com.finflow.cashflow;

import com.finflow.shared.Caller;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Interest accrued on each account's daily closing balances over a window, at the organization's
 * rates. Cost: per account, its totals and every month of the window: it grows with the window,
 * never with the transactions.
 */
public final class GetInterest {

  private final Companies companies;
  private final Aggregates aggregates;
  private final CashflowSettings settings;

  public GetInterest(Companies companies, Aggregates aggregates, CashflowSettings settings) {
    this.companies = companies;
    this.aggregates = aggregates;
    this.settings = settings;
  }

  public InterestReport interest(Caller caller, InterestQuery query) {
    String organizationId = caller.organizationId();
    Company company =
        companies.find(organizationId, query.companyId()).orElseThrow(NoSuchCompany::new);
    List<String> ibans = CompanyAccounts.chosen(company, query.account());
    InterestRates rates = settings.interestRates(organizationId);
    Set<YearMonth> months = new TreeSet<>();
    for (YearMonth month = YearMonth.from(query.from());
        !month.isAfter(YearMonth.from(query.to()));
        month = month.plusMonths(1)) {
      months.add(month);
    }
    Map<String, AccountHistory> histories =
        CompanyAccounts.read(aggregates, organizationId, company, ibans, months);

    Map<YearMonth, long[]> monthTotals = new LinkedHashMap<>();
    List<InterestReport.Account> accounts = new ArrayList<>();
    for (Map.Entry<String, AccountHistory> account : histories.entrySet()) {
      List<MonthInterest> ofAccount = accrue(account.getValue(), query, rates);
      long[] sums = new long[2];
      List<InterestReport.Month> rows = new ArrayList<>();
      for (MonthInterest month : ofAccount) {
        sums[0] += month.earned();
        sums[1] += month.charged();
        long[] total = monthTotals.computeIfAbsent(YearMonth.from(month.start()), m -> new long[2]);
        total[0] += month.earned();
        total[1] += month.charged();
        rows.add(row(month.start(), month.end(), month.earned(), month.charged()));
      }
      accounts.add(
          new InterestReport.Account(
              account.getKey(),
              EurAmount.text(sums[0]),
              EurAmount.text(sums[1]),
              EurAmount.text(sums[0] - sums[1]),
              rows));
    }
    long earned = monthTotals.values().stream().mapToLong(total -> total[0]).sum();
    long charged = monthTotals.values().stream().mapToLong(total -> total[1]).sum();
    List<InterestReport.Month> totalRows = new ArrayList<>();
    monthTotals.forEach(
        (month, total) ->
            totalRows.add(
                row(clip(month.atDay(1), query), clipEnd(month, query), total[0], total[1])));
    return new InterestReport(
        company.id(),
        query.from().toString(),
        query.to().toString(),
        RateBook.EUR,
        rates.credit().toPlainString(),
        rates.debit().toPlainString(),
        InterestReport.DAY_COUNT,
        EurAmount.text(earned),
        EurAmount.text(charged),
        EurAmount.text(earned - charged),
        totalRows,
        accounts);
  }

  private static List<MonthInterest> accrue(
      AccountHistory history, InterestQuery query, InterestRates rates) {
    List<MonthInterest> months = new ArrayList<>();
    long closing = history.balanceBefore(query.from());
    for (YearMonth month = YearMonth.from(query.from());
        !month.isAfter(YearMonth.from(query.to()));
        month = month.plusMonths(1)) {
      LocalDate start = clip(month.atDay(1), query);
      LocalDate end = clipEnd(month, query);
      long[] closings = new long[end.getDayOfMonth() - start.getDayOfMonth() + 1];
      for (int i = 0; i < closings.length; i++) {
        LocalDate day = start.plusDays(i);
        closing += history.in(day, day) - history.out(day, day);
        closings[i] = closing;
      }
      months.add(MonthInterest.accrue(start, end, closings, rates));
    }
    return months;
  }

  private static LocalDate clip(LocalDate first, InterestQuery query) {
    return first.isBefore(query.from()) ? query.from() : first;
  }

  private static LocalDate clipEnd(YearMonth month, InterestQuery query) {
    return month.atEndOfMonth().isAfter(query.to()) ? query.to() : month.atEndOfMonth();
  }

  private static InterestReport.Month row(
      LocalDate start, LocalDate end, long earned, long charged) {
    return new InterestReport.Month(
        YearMonth.from(start).toString(),
        start.toString(),
        end.toString(),
        EurAmount.text(earned),
        EurAmount.text(charged),
        EurAmount.text(earned - charged));
  }
}
