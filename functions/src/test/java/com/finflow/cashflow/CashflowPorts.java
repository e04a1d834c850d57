package com.finflow.cashflow;

import com.finflow.shared.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The storage ports of the feature, and the use cases built on them, as tests drive them. */
public record CashflowPorts(
    BatchLedger ledger,
    Companies companies,
    ExchangeRates rates,
    CashflowSettings settings,
    Aggregates aggregates,
    QuarantineRecords quarantine) {

  public static final Caller ADMIN = new Caller("user-1", "org-1", "admin");
  static final Caller MEMBER = new Caller("user-2", "org-1", "member");
  static final Caller OTHER_ORGANIZATION = new Caller("user-3", "org-2", "admin");

  public static CashflowPorts of(InMemoryCashflow store) {
    return new CashflowPorts(store, store.companies, store.rates, store.settings, store, store);
  }

  /** The same ports with another ledger, for a test that watches or changes its calls. */
  CashflowPorts withLedger(BatchLedger other) {
    return new CashflowPorts(other, companies, rates, settings, aggregates, quarantine);
  }

  /** The batch ingestion, whose release requests are performed at once. */
  public IngestBatch ingestBatch() {
    return new IngestBatch(
        ledger,
        companies,
        rates,
        settings,
        (organization, currency, from) ->
            new ReleaseHeldRows(ledger, rates).release(organization, currency, from));
  }

  /** Registers a company with these IBANs, the first with the given opening balance. */
  public void company(String id, String opening, String... ibans) {
    Map<String, Long> balances =
        opening.isEmpty()
            ? Map.of()
            : Map.of(ibans[0], new BigDecimal(opening).movePointRight(2).longValueExact());
    new RegisterCompany(companies)
        .register(
            ADMIN,
            new RegisterCompanyCommand(
                id, id + " Ltd", "Owner of " + id, List.of(ibans), balances));
  }

  /** Puts a rate and performs the release it asks for at once. */
  void rate(String currency, String eurRate, Optional<LocalDate> validFrom) {
    List<String> requests = new ArrayList<>();
    new PutExchangeRate(
            rates, aggregates, (organization, code, from) -> requests.add(code + "|" + from))
        .put(ADMIN, new ExchangeRate(currency, new BigDecimal(eurRate), BigDecimal.ONE, validFrom));
    for (String request : requests) {
      String[] parts = request.split("\\|");
      new ReleaseHeldRows(ledger, rates)
          .release(ADMIN.organizationId(), parts[0], LocalDate.parse(parts[1]));
    }
  }

  IngestBatch.Outcome feed(Source source, String batchId, FeedRow... rows) {
    return ingestBatch().ingest(ADMIN.organizationId(), new Batch(source, batchId, List.of(rows)));
  }

  public CompanySummary summary(String companyId) {
    return new GetCompanySummary(companies, aggregates).summarize(MEMBER, companyId);
  }

  BalanceSeries balances(String companyId, String from, String to, Interval interval) {
    return balances(companyId, from, to, interval, Optional.empty());
  }

  BalanceSeries balances(
      String companyId, String from, String to, Interval interval, Optional<String> account) {
    return new GetBalances(companies, aggregates)
        .balances(
            MEMBER,
            new BalancesQuery(
                companyId, LocalDate.parse(from), LocalDate.parse(to), interval, account));
  }

  InterestReport interest(String companyId, String from, String to, Optional<String> account) {
    return new GetInterest(companies, aggregates, settings)
        .interest(
            MEMBER,
            new InterestQuery(companyId, LocalDate.parse(from), LocalDate.parse(to), account));
  }

  BalanceAt balanceAt(String companyId, String at) {
    return new GetBalanceAt(companies, aggregates).balanceAt(MEMBER, companyId, Instant.parse(at));
  }

  QuarantineSummary quarantineSummary() {
    return new GetQuarantineSummary(aggregates).summarize(MEMBER);
  }

  List<QuarantineEntry> quarantined(Optional<Rule> rule, Optional<String> companyId) {
    List<QuarantineEntry> all = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      QuarantineRecords.Page page =
          new ListQuarantine(quarantine, companies).list(MEMBER, rule, companyId, cursor);
      all.addAll(page.entries());
      cursor = page.next();
    } while (cursor.isPresent());
    return all;
  }

  static FeedRow row(
      String id, String payer, String beneficiary, String amount, String currency, String at) {
    return new FeedRow(id, payer, beneficiary, amount, currency, at);
  }
}
