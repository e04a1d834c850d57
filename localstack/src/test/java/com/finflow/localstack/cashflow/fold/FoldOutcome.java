package com.finflow.localstack.cashflow.fold;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The fold's answers: quarantine, and per company its summary, balances and balance at. */
public final class FoldOutcome {

  private final Map<String, MonitoredCompany> companies;
  private final List<QuarantinedRow> quarantined;
  private final Map<String, Flow> accountTotals;
  private final Map<String, TreeMap<LocalDate, Flow>> accountDays;
  private final Map<String, TreeMap<LocalDate, Flow>> companyDays;
  private final Map<String, List<Movement>> movements;
  private final Map<String, TreeMap<String, CountryTally>> countries;
  private final Map<String, long[]> rowCounts;
  private final Map<String, Instant> latest;

  private FoldOutcome(Builder builder, List<QuarantinedRow> quarantined) {
    this.companies = builder.companies;
    this.quarantined = List.copyOf(quarantined);
    this.accountTotals = builder.accountTotals;
    this.accountDays = builder.accountDays;
    this.companyDays = builder.companyDays;
    this.movements = builder.movements;
    this.countries = builder.countries;
    this.rowCounts = builder.rowCounts;
    this.latest = builder.latest;
  }

  public List<QuarantinedRow> quarantined() {
    return quarantined;
  }

  /** Quarantined rows per rule and source, as {@code GET /cashflow/quarantine/summary} counts. */
  public Map<QuarantineRule, Map<String, Long>> quarantineCounts() {
    Map<QuarantineRule, Map<String, Long>> counts = new EnumMap<>(QuarantineRule.class);
    for (QuarantinedRow row : quarantined) {
      counts
          .computeIfAbsent(row.rule(), rule -> new TreeMap<>())
          .merge(row.source(), 1L, Long::sum);
    }
    return counts;
  }

  public List<String> companyIds() {
    return List.copyOf(companies.keySet());
  }

  public CompanySummary summary(String companyId) {
    MonitoredCompany company = company(companyId);
    List<CompanySummary.AccountBalance> accounts = new ArrayList<>();
    BigDecimal balance = Cents.ZERO;
    BigDecimal debt = Cents.ZERO;
    BigDecimal credit = Cents.ZERO;
    for (String iban : company.ibans()) {
      Flow flow = accountTotals.getOrDefault(iban, new Flow());
      BigDecimal account = Cents.of(company.opening(iban).add(flow.in).subtract(flow.out));
      accounts.add(new CompanySummary.AccountBalance(iban, account));
      balance = balance.add(account);
      if (account.signum() < 0) {
        debt = debt.add(account.negate());
      } else {
        credit = credit.add(account);
      }
    }
    List<CompanySummary.CountryFlows> countryFlows = new ArrayList<>();
    countries
        .getOrDefault(companyId, new TreeMap<>())
        .forEach(
            (country, tally) ->
                countryFlows.add(
                    new CompanySummary.CountryFlows(
                        country, tally.transactions, Cents.of(tally.in), Cents.of(tally.out))));
    long[] counts = rowCounts.getOrDefault(companyId, new long[2]);
    return new CompanySummary(
        companyId,
        balance,
        debt,
        credit,
        accounts,
        countryFlows,
        counts[0],
        counts[1],
        Optional.ofNullable(latest.get(companyId)));
  }

  /**
   * One row per calendar interval meeting {@code [from, to]}, clipped to it, for the company or one
   * of its accounts.
   */
  public List<BalanceRow> balances(
      String companyId, LocalDate from, LocalDate to, Interval interval, Optional<String> account) {
    MonitoredCompany company = company(companyId);
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    if (account.isPresent() && !company.ibans().contains(account.get())) {
      throw new IllegalArgumentException(account.get() + " is not an account of " + companyId);
    }
    TreeMap<LocalDate, Flow> days =
        account.isPresent()
            ? accountDays.getOrDefault(account.get(), new TreeMap<>())
            : companyDays.getOrDefault(companyId, new TreeMap<>());
    BigDecimal opening =
        account.isPresent()
            ? company.opening(account.get())
            : company.ibans().stream()
                .map(company::opening)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    for (Flow before : days.headMap(from, false).values()) {
      opening = opening.add(before.in).subtract(before.out);
    }
    List<BalanceRow> rows = new ArrayList<>();
    LocalDate start = from;
    while (!start.isAfter(to)) {
      LocalDate end = interval.endOf(start).isAfter(to) ? to : interval.endOf(start);
      BigDecimal in = BigDecimal.ZERO;
      BigDecimal out = BigDecimal.ZERO;
      for (Flow day : days.subMap(start, true, end, true).values()) {
        in = in.add(day.in);
        out = out.add(day.out);
      }
      BigDecimal closing = opening.add(in).subtract(out);
      rows.add(
          new BalanceRow(
              start, end, Cents.of(opening), Cents.of(in), Cents.of(out), Cents.of(closing)));
      opening = closing;
      start = end.plusDays(1);
    }
    return rows;
  }

  /** Balances counting the transactions up to and including {@code at}. */
  public BalanceAt balanceAt(String companyId, Instant at) {
    MonitoredCompany company = company(companyId);
    Map<String, BigDecimal> byAccount = new HashMap<>();
    for (Movement movement : movements.getOrDefault(companyId, List.of())) {
      if (!movement.at().isAfter(at)) {
        byAccount.merge(movement.iban(), movement.signedEur(), BigDecimal::add);
      }
    }
    List<CompanySummary.AccountBalance> accounts = new ArrayList<>();
    BigDecimal total = Cents.ZERO;
    for (String iban : company.ibans()) {
      BigDecimal balance =
          Cents.of(company.opening(iban).add(byAccount.getOrDefault(iban, BigDecimal.ZERO)));
      accounts.add(new CompanySummary.AccountBalance(iban, balance));
      total = total.add(balance);
    }
    return new BalanceAt(total, accounts);
  }

  /** The company's and its accounts' balances at one instant. */
  public record BalanceAt(BigDecimal balance, List<CompanySummary.AccountBalance> accounts) {}

  private MonitoredCompany company(String companyId) {
    MonitoredCompany company = companies.get(companyId);
    if (company == null) {
      throw new IllegalArgumentException("no company " + companyId);
    }
    return company;
  }

  private static final class Flow {
    private BigDecimal in = BigDecimal.ZERO;
    private BigDecimal out = BigDecimal.ZERO;
  }

  private static final class CountryTally {
    private long transactions;
    private BigDecimal in = BigDecimal.ZERO;
    private BigDecimal out = BigDecimal.ZERO;
  }

  private record Movement(Instant at, String iban, BigDecimal signedEur) {}

  /** Accumulates rows as the fold classifies them. */
  static final class Builder {
    private final Map<String, MonitoredCompany> companies;
    private final InternalTransfers internalTransfers;
    private final Map<String, Flow> accountTotals = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Flow>> accountDays = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Flow>> companyDays = new HashMap<>();
    private final Map<String, List<Movement>> movements = new HashMap<>();
    private final Map<String, TreeMap<String, CountryTally>> countries = new HashMap<>();
    private final Map<String, long[]> rowCounts = new HashMap<>();
    private final Map<String, Instant> latest = new HashMap<>();

    Builder(Map<String, MonitoredCompany> companies, InternalTransfers internalTransfers) {
      this.companies = companies;
      this.internalTransfers = internalTransfers;
    }

    void quarantined(String payer, String beneficiary, Map<String, String> companyOfIban) {
      String payerCompany = companyOfIban.get(payer);
      String beneficiaryCompany = companyOfIban.get(beneficiary);
      if (payerCompany != null) {
        rowCounts.computeIfAbsent(payerCompany, id -> new long[2])[1]++;
      }
      if (beneficiaryCompany != null && !beneficiaryCompany.equals(payerCompany)) {
        rowCounts.computeIfAbsent(beneficiaryCompany, id -> new long[2])[1]++;
      }
    }

    void counted(
        String payer,
        String beneficiary,
        BigDecimal eur,
        Instant at,
        Map<String, String> companyOfIban) {
      LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
      String payerCompany = companyOfIban.get(payer);
      String beneficiaryCompany = companyOfIban.get(beneficiary);
      if (payerCompany != null) {
        flow(accountTotals, payer).out = flow(accountTotals, payer).out.add(eur);
        Flow payerDay = day(accountDays, payer, day);
        payerDay.out = payerDay.out.add(eur);
        movements
            .computeIfAbsent(payerCompany, id -> new ArrayList<>())
            .add(new Movement(at, payer, eur.negate()));
        touched(payerCompany, at);
      }
      if (beneficiaryCompany != null) {
        flow(accountTotals, beneficiary).in = flow(accountTotals, beneficiary).in.add(eur);
        Flow beneficiaryDay = day(accountDays, beneficiary, day);
        beneficiaryDay.in = beneficiaryDay.in.add(eur);
        movements
            .computeIfAbsent(beneficiaryCompany, id -> new ArrayList<>())
            .add(new Movement(at, beneficiary, eur));
        if (!beneficiaryCompany.equals(payerCompany)) {
          touched(beneficiaryCompany, at);
        }
      }
      if (payerCompany != null && payerCompany.equals(beneficiaryCompany)) {
        if (internalTransfers == InternalTransfers.COMPANY_IN_AND_OUT) {
          Flow companyDay = day(companyDays, payerCompany, day);
          companyDay.in = companyDay.in.add(eur);
          companyDay.out = companyDay.out.add(eur);
        }
        return;
      }
      if (payerCompany != null) {
        Flow companyDay = day(companyDays, payerCompany, day);
        companyDay.out = companyDay.out.add(eur);
        CountryTally tally = country(payerCompany, beneficiary);
        tally.transactions++;
        tally.out = tally.out.add(eur);
      }
      if (beneficiaryCompany != null) {
        Flow companyDay = day(companyDays, beneficiaryCompany, day);
        companyDay.in = companyDay.in.add(eur);
        CountryTally tally = country(beneficiaryCompany, payer);
        tally.transactions++;
        tally.in = tally.in.add(eur);
      }
    }

    private void touched(String companyId, Instant at) {
      rowCounts.computeIfAbsent(companyId, id -> new long[2])[0]++;
      latest.merge(companyId, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    private CountryTally country(String companyId, String counterpart) {
      return countries
          .computeIfAbsent(companyId, id -> new TreeMap<>())
          .computeIfAbsent(counterpart.substring(0, 2), code -> new CountryTally());
    }

    private static Flow flow(Map<String, Flow> flows, String key) {
      return flows.computeIfAbsent(key, k -> new Flow());
    }

    private static Flow day(Map<String, TreeMap<LocalDate, Flow>> days, String key, LocalDate day) {
      return days.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(day, d -> new Flow());
    }

    FoldOutcome build(List<QuarantinedRow> quarantined) {
      return new FoldOutcome(this, quarantined);
    }
  }
}
