package com.finflow.cashflow;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A row set aside with its rule, as it came, with the companies whose accounts it names.
 *
 * @param payerCompany the company whose account is the payer's IBAN, if any
 */
public record QuarantinedRow(
    Rule rule,
    Source source,
    RowRef ref,
    FeedRow row,
    Optional<String> payerCompany,
    Optional<String> beneficiaryCompany)
    implements QuarantineEntry {

  /** The same row under another rule. */
  public QuarantinedRow as(Rule other) {
    return new QuarantinedRow(other, source, ref, row, payerCompany, beneficiaryCompany);
  }

  /** The companies the row names, each once. */
  public List<String> companyIds() {
    Set<String> ids = new LinkedHashSet<>();
    payerCompany.ifPresent(ids::add);
    beneficiaryCompany.ifPresent(ids::add);
    return List.copyOf(ids);
  }

  /** A row waiting for a rate: its currency's day, by which a new rate finds it. */
  public Optional<LocalDate> heldDay() {
    return rule == Rule.NO_EXCHANGE_RATE ? row.read().map(Transaction::day) : Optional.empty();
  }

  /**
   * How many items the row takes where quarantined rows are kept: one, one per company for listing
   * by company, and one more while it waits for a rate.
   */
  public int items() {
    return 1 + companyIds().size() + (rule == Rule.NO_EXCHANGE_RATE ? 1 : 0);
  }

  /** Adds ({@code sign} 1) or removes ({@code sign} -1) the row from the counters. */
  public void addTo(Deltas deltas, int sign, int shard) {
    addToCounters(deltas, sign);
    deltas.add(new AggregateKey.RuleCounts(shard), FigureNames.ruleCount(rule, source), sign);
  }

  /** Adds or removes the row from its accounts' quarantine counters only. */
  public void addToCounters(Deltas deltas, int sign) {
    boolean sameAccount =
        payerCompany.isPresent()
            && beneficiaryCompany.isPresent()
            && row.payerIban().equals(row.beneficiaryIban());
    payerCompany.ifPresent(
        company ->
            deltas.add(new AggregateKey.Totals(row.payerIban()), FigureNames.QUARANTINED, sign));
    if (beneficiaryCompany.isPresent() && !sameAccount) {
      AggregateKey.Totals totals = new AggregateKey.Totals(row.beneficiaryIban());
      deltas.add(totals, FigureNames.QUARANTINED, sign);
      if (beneficiaryCompany.equals(payerCompany)) {
        deltas.add(totals, FigureNames.QUARANTINED_INSIDE, sign);
      }
    }
  }
}
