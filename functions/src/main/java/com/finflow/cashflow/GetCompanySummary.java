package com.finflow.cashflow;

import com.finflow.shared.Caller;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A company's summary from its accounts' totals (one read per account) and, for the latest
 * transaction's instant, the latest active month of each account (one more each at most).
 */
public final class GetCompanySummary {

  private final Companies companies;
  private final Aggregates aggregates;

  public GetCompanySummary(Companies companies, Aggregates aggregates) {
    this.companies = companies;
    this.aggregates = aggregates;
  }

  public CompanySummary summarize(Caller caller, String companyId) {
    String organizationId = caller.organizationId();
    Company company = companies.find(organizationId, companyId).orElseThrow(NoSuchCompany::new);
    List<AggregateKey> keys =
        company.ibans().stream().map(iban -> (AggregateKey) new AggregateKey.Totals(iban)).toList();
    Map<AggregateKey, Figures> totals = aggregates.read(organizationId, keys);
    long balance = 0;
    long debt = 0;
    long credit = 0;
    long counted = 0;
    long quarantined = 0;
    List<AccountBalance> accounts = new ArrayList<>();
    Map<String, long[]> countries = new TreeMap<>();
    Optional<YearMonth> latestMonth = Optional.empty();
    for (String iban : company.ibans()) {
      Figures figures = totals.getOrDefault(new AggregateKey.Totals(iban), new Figures());
      AccountHistory history = new AccountHistory(company.openingBalance(iban), figures, Map.of());
      long accountBalance = history.balance();
      balance += accountBalance;
      debt += Math.max(0, -accountBalance);
      credit += Math.max(0, accountBalance);
      accounts.add(new AccountBalance(iban, EurAmount.text(accountBalance)));
      counted += figures.get(FigureNames.COUNTED) - figures.get(FigureNames.COUNTED_INSIDE);
      quarantined +=
          figures.get(FigureNames.QUARANTINED) - figures.get(FigureNames.QUARANTINED_INSIDE);
      figures
          .startingWith(FigureNames.COUNTRY_COUNT)
          .forEach(
              (name, count) -> {
                String country = name.substring(FigureNames.COUNTRY_COUNT.length());
                long[] flow = countries.computeIfAbsent(country, c -> new long[3]);
                flow[0] += count;
                flow[1] += figures.get(FigureNames.countryIn(country));
                flow[2] += figures.get(FigureNames.countryOut(country));
              });
      Optional<YearMonth> latest = history.latestMonth();
      if (latest.isPresent() && latestMonth.map(m -> m.isBefore(latest.get())).orElse(true)) {
        latestMonth = latest;
      }
    }
    List<CompanySummary.CountryFlow> flows = new ArrayList<>();
    countries.forEach(
        (country, flow) -> {
          if (flow[0] != 0) {
            flows.add(
                new CompanySummary.CountryFlow(
                    country, flow[0], EurAmount.text(flow[1]), EurAmount.text(flow[2])));
          }
        });
    return new CompanySummary(
        company.id(),
        RateBook.EUR,
        EurAmount.text(balance),
        EurAmount.text(debt),
        EurAmount.text(credit),
        accounts,
        flows,
        counted,
        quarantined,
        latestMonth
            .flatMap(month -> latestIn(organizationId, company, month))
            .map(Instant::toString));
  }

  private Optional<Instant> latestIn(String organizationId, Company company, YearMonth month) {
    Optional<Instant> latest = Optional.empty();
    for (Map.Entry<String, AccountHistory> account :
        CompanyAccounts.read(aggregates, organizationId, company, company.ibans(), Set.of(month))
            .entrySet()) {
      Optional<Instant> ofAccount =
          account.getValue().spilled(month)
              ? latestOfSpilled(organizationId, account.getKey(), account.getValue(), month)
              : account.getValue().latestIn(month);
      if (ofAccount.isPresent() && latest.map(l -> l.isBefore(ofAccount.get())).orElse(true)) {
        latest = ofAccount;
      }
    }
    return latest;
  }

  /**
   * A spilled month's instants are in its item and its day items, each of which may hold thousands:
   * its days are read one at a time from the last, up to the first with a counted instant (at most
   * one read per day of the month).
   */
  private Optional<Instant> latestOfSpilled(
      String organizationId, String iban, AccountHistory history, YearMonth month) {
    for (LocalDate day = month.atEndOfMonth();
        !day.isBefore(month.atDay(1));
        day = day.minusDays(1)) {
      AggregateKey key = new AggregateKey.Day(iban, day);
      Figures dayItem = aggregates.read(organizationId, List.of(key)).get(key);
      Optional<Instant> latest = history.latestOn(day, dayItem);
      if (latest.isPresent()) {
        return latest;
      }
    }
    return Optional.empty();
  }
}
