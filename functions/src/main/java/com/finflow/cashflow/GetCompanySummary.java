package com.finflow.cashflow;

import com.finflow.shared.Caller;
import java.time.Instant;
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
    return CompanyAccounts.read(aggregates, organizationId, company, company.ibans(), Set.of(month))
        .values()
        .stream()
        .flatMap(history -> history.latestIn(month).stream())
        .max(Instant::compareTo);
  }
}
