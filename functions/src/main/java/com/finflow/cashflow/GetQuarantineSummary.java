package com.finflow.cashflow;

import com.finflow.shared.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** How many rows each rule set aside, per source: a read of the few counter shards. */
public final class GetQuarantineSummary {

  private final Aggregates aggregates;

  public GetQuarantineSummary(Aggregates aggregates) {
    this.aggregates = aggregates;
  }

  public QuarantineSummary summarize(Caller caller) {
    List<AggregateKey> shards =
        IntStream.range(0, AggregateKey.RuleCounts.SHARDS)
            .mapToObj(shard -> (AggregateKey) new AggregateKey.RuleCounts(shard))
            .toList();
    Figures total = new Figures();
    aggregates.read(caller.organizationId(), shards).values().forEach(total::addAll);
    List<QuarantineSummary.RuleCount> rules = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      for (Source source : Source.values()) {
        long count = total.get(FigureNames.ruleCount(rule, source));
        if (count != 0) {
          rules.add(new QuarantineSummary.RuleCount(rule.name(), source.name(), count));
        }
      }
    }
    return new QuarantineSummary(rules);
  }
}
