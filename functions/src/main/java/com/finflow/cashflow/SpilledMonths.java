package com.finflow.cashflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Account months whose item was found full ({@link AggregateFull}): a busy account keeps two
 * figures per distinct transaction instant, and past about 8,800 instants its month outgrows
 * DynamoDB's 400 KB item. From then on, a write to such a month goes to one item per day instead,
 * under the same figure names, and adds a mark to the account's totals so that readers add the day
 * items to the month. Figures only ever add up, so where a figure was written does not matter to
 * its sum: a contribution counted into the month's item and withdrawn from a day's item nets to
 * zero for readers. A day's item has the same ceiling, about 8,800 instants in one day.
 */
public final class SpilledMonths {

  private final Set<AggregateKey.Month> months = ConcurrentHashMap.newKeySet();

  /**
   * Runs a step's commit; false, for the caller to build the step again, when it met a month's item
   * full. The step was built before the month was known to be full (a step built after writes the
   * month's days, not its item), possibly by another delivery sharing this set, so building it
   * again makes progress. A full day's item, which spilling cannot help, fails the step.
   */
  public boolean commit(BooleanSupplier commit) {
    try {
      return commit.getAsBoolean();
    } catch (AggregateFull full) {
      if (full.key() instanceof AggregateKey.Month month) {
        months.add(month);
        return false;
      }
      throw full;
    }
  }

  /** The writes an update needs: itself, or for a spilled month its days and the mark. */
  public List<AggregateUpdate> writes(AggregateUpdate update) {
    if (!(update.key() instanceof AggregateKey.Month month) || !months.contains(month)) {
      return List.of(update);
    }
    Map<LocalDate, Figures> days = new TreeMap<>();
    update
        .figures()
        .asMap()
        .forEach(
            (name, value) ->
                days.computeIfAbsent(FigureNames.dayOf(month.month(), name), day -> new Figures())
                    .add(name, value));
    List<AggregateUpdate> writes = new ArrayList<>();
    days.forEach(
        (day, figures) ->
            writes.add(new AggregateUpdate(new AggregateKey.Day(month.iban(), day), figures)));
    Figures mark = new Figures();
    mark.add(FigureNames.spilled(month.month()), 1);
    writes.add(new AggregateUpdate(new AggregateKey.Totals(month.iban()), mark));
    return writes;
  }

  /** The writes of all these updates, one per aggregate (a transaction writes an item once). */
  public List<AggregateUpdate> merged(List<AggregateUpdate> updates) {
    Map<AggregateKey, Figures> byKey = new LinkedHashMap<>();
    for (AggregateUpdate update : updates) {
      for (AggregateUpdate write : writes(update)) {
        byKey.computeIfAbsent(write.key(), key -> new Figures()).addAll(write.figures());
      }
    }
    List<AggregateUpdate> writes = new ArrayList<>();
    byKey.forEach((key, figures) -> writes.add(new AggregateUpdate(key, figures)));
    return writes;
  }
}
