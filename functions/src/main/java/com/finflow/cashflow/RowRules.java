package com.finflow.cashflow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Decides one row against the organization's companies, rates and IBAN mode, and its group as it
 * stands: the rules in their order, and what the row adds to or withdraws from the aggregates.
 */
final class RowRules {

  private final Directory directory;
  private final RateBook rates;
  private final boolean strictIbans;
  private final int shard;

  RowRules(Directory directory, RateBook rates, boolean strictIbans, int shard) {
    this.directory = directory;
    this.rates = rates;
    this.strictIbans = strictIbans;
    this.shard = shard;
  }

  /** The group the row joins, or empty when a rule before {@link Rule#BATCH_PAYMENT} applies. */
  Optional<GroupKey> groupOf(Source source, FeedRow row) {
    return row.read()
        .filter(transaction -> ibanRule(transaction).isEmpty())
        .map(transaction -> GroupKey.of(source, transaction));
  }

  RowEffect decide(Source source, RowRef ref, FeedRow row, StepDraft draft) {
    QuarantinedRow entry =
        new QuarantinedRow(
            Rule.MALFORMED_ROW,
            source,
            ref,
            row,
            directory.companyOf(row.payerIban()),
            directory.companyOf(row.beneficiaryIban()));
    Optional<Transaction> read = row.read();
    if (read.isEmpty()) {
      return setAside(entry);
    }
    Transaction transaction = read.get();
    Optional<Rule> ibanRule = ibanRule(transaction);
    if (ibanRule.isPresent()) {
      return setAside(entry.as(ibanRule.get()));
    }
    GroupKey key = GroupKey.of(source, transaction);
    Group group = draft.group(key);
    if (group.refs().contains(ref)) {
      // The same row again (a redelivery): it counts once.
      return RowEffect.none();
    }
    Deltas deltas = new Deltas();
    if (group.refs().isEmpty()) {
      Optional<Contribution> counted = contribution(entry, transaction);
      if (counted.isPresent()) {
        counted.get().addTo(deltas, 1);
        Group after = group.withFirst(new Group.Member(entry.as(Rule.BATCH_PAYMENT), counted));
        return new RowEffect(
            Optional.of(new GroupWrite(key, group, after)), List.of(), List.of(), deltas);
      }
      QuarantinedRow held = entry.as(Rule.NO_EXCHANGE_RATE);
      held.addTo(deltas, 1, shard);
      Group after = group.withFirst(new Group.Member(held, Optional.empty()));
      return new RowEffect(
          Optional.of(new GroupWrite(key, group, after)), List.of(held), List.of(), deltas);
    }
    QuarantinedRow payment = entry.as(Rule.BATCH_PAYMENT);
    payment.addTo(deltas, 1, shard);
    Group after = group.withAnother(ref);
    if (group.isBatchPayment()) {
      return new RowEffect(
          Optional.of(new GroupWrite(key, group, after)), List.of(payment), List.of(), deltas);
    }
    // The group's first row turns out to be part of a batch payment: it stops counting now.
    Group.Member first = group.member().orElseThrow();
    QuarantinedRow firstAsPayment = first.row().as(Rule.BATCH_PAYMENT);
    List<QuarantinedRow> released = List.of();
    if (first.counted().isPresent()) {
      first.counted().get().addTo(deltas, -1);
    } else {
      first.row().addTo(deltas, -1, shard);
      released = List.of(first.row());
    }
    firstAsPayment.addTo(deltas, 1, shard);
    return new RowEffect(
        Optional.of(new GroupWrite(key, group, after)),
        List.of(firstAsPayment, payment),
        released,
        deltas);
  }

  /**
   * A held row's contribution once a rate is in force for it, with the accounts it named when it
   * arrived.
   */
  Optional<Contribution> contribution(QuarantinedRow row, Transaction transaction) {
    Optional<BigDecimal> rate = rates.eurRate(transaction.currency(), transaction.day());
    return rate.map(
        eurRate ->
            new Contribution(
                EurAmount.cents(transaction.amount(), eurRate),
                transaction.timestamp(),
                transaction.currency(),
                transaction.payerIban(),
                transaction.beneficiaryIban(),
                row.payerCompany(),
                row.beneficiaryCompany()));
  }

  private RowEffect setAside(QuarantinedRow entry) {
    Deltas deltas = new Deltas();
    entry.addTo(deltas, 1, shard);
    return new RowEffect(Optional.empty(), List.of(entry), List.of(), deltas);
  }

  private Optional<Rule> ibanRule(Transaction transaction) {
    // Every IBAN's country first, then (strict mode) every IBAN's check digits.
    return IbanRules.broken(transaction.payerIban(), false)
        .or(() -> IbanRules.broken(transaction.beneficiaryIban(), false))
        .or(() -> strictIbans ? IbanRules.broken(transaction.payerIban(), true) : Optional.empty())
        .or(
            () ->
                strictIbans
                    ? IbanRules.broken(transaction.beneficiaryIban(), true)
                    : Optional.empty());
  }
}
