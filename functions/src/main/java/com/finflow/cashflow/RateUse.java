package com.finflow.cashflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a step that decided rows in currencies other than EUR relies on and writes: the version of
 * the rate book it decided them with (it commits only while that is current), and the rows it
 * converted per currency and day, each part counting the steps that wrote it. The book's version
 * and each currency's usage are kept in a few parts, and a step checks and writes only its own:
 * DynamoDB cancels transactions that meet on an item, so concurrent batches must rarely share one.
 *
 * @param part which of {@link AggregateKey.RateUsage#PARTS} parts the step checks and writes
 * @param usage one update per currency, keyed by its {@link AggregateKey.RateUsage} in {@code part}
 */
public record RateUse(long bookVersion, int part, List<AggregateUpdate> usage) {

  public RateUse {
    usage = List.copyOf(usage);
  }

  /**
   * The rate usage among {@code deltas}, to be written in {@code part}, relying on {@code book}.
   */
  public static RateUse of(RateBook book, int part, Deltas deltas) {
    List<AggregateUpdate> usage = new ArrayList<>();
    for (Map.Entry<AggregateKey, Figures> entry : deltas.asMap().entrySet()) {
      if (entry.getKey() instanceof AggregateKey.RateUsage whole) {
        Figures figures = Figures.of(entry.getValue().asMap());
        figures.add(FigureNames.USAGE_WRITES, 1);
        usage.add(new AggregateUpdate(new AggregateKey.RateUsage(whole.currency(), part), figures));
      }
    }
    return new RateUse(book.version(), part, usage);
  }

  /** The items its write adds to a transaction: the check of the book and one per currency. */
  public int items() {
    return 1 + usage.size();
  }

  /** The usage items {@code more} adds to a step that has {@code step}: its new currencies. */
  static int itemsAdded(Deltas step, Deltas more) {
    return (int)
        more.asMap().keySet().stream()
            .filter(key -> key instanceof AggregateKey.RateUsage && !step.asMap().containsKey(key))
            .count();
  }
}
