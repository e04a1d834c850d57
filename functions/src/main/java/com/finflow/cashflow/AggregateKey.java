package com.finflow.cashflow;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Which aggregate a set of {@link Figures} belongs to, within one organization. Reads are bounded
 * because each answer needs a known, small set of these: an account's totals, its months in the
 * window, the rule counters.
 */
public sealed interface AggregateKey {

  /** A stable text form; aggregates are written in this order. */
  String id();

  /**
   * An account's totals: per month in, out and count, per counterpart country, and its counters.
   */
  record Totals(String iban) implements AggregateKey {
    @Override
    public String id() {
      return "A|" + iban + "|T";
    }
  }

  /** An account's month: per day in and out, per instant count and net amount. */
  record Month(String iban, YearMonth month) implements AggregateKey {
    @Override
    public String id() {
      return "A|" + iban + "|M|" + month;
    }
  }

  /**
   * One day of an account's month whose figures outgrew the month's item (see {@link
   * SpilledMonths}): the same figure names, for that day only.
   */
  record Day(String iban, LocalDate day) implements AggregateKey {
    @Override
    public String id() {
      return "A|" + iban + "|D|" + day;
    }

    public Month month() {
      return new Month(iban, YearMonth.from(day));
    }
  }

  /** Quarantined rows per rule and source, kept in a few shards to spread concurrent writers. */
  record RuleCounts(int shard) implements AggregateKey {
    public static final int SHARDS = 8;

    @Override
    public String id() {
      return "Q|" + shard;
    }
  }

  /** How many counted rows of a currency converted on each day. */
  record RateUsage(String currency) implements AggregateKey {
    @Override
    public String id() {
      return "R|" + currency;
    }
  }
}
