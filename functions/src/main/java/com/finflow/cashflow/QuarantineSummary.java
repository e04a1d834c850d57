package com.finflow.cashflow;

import java.util.List;

/** Quarantined rows per rule and source. */
public record QuarantineSummary(List<RuleCount> rules) {

  public record RuleCount(String rule, String source, long count) {}
}
