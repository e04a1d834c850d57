package com.finflow.localstack.cashflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The order in which a feed sends its batches, by index in {@code batches.jsonl}: as written, or
 * shuffled from a seed; optionally every batch a second time (in a second, different order when
 * shuffled); and a share of sends repeated at once, as SQS's at-least-once delivery may do.
 */
record FeedPlan(List<Integer> deliveries) {

  FeedPlan {
    deliveries = List.copyOf(deliveries);
  }

  static FeedPlan of(
      int batches, Optional<Long> shuffleSeed, boolean twice, double duplicateShare) {
    if (duplicateShare < 0 || duplicateShare > 1) {
      throw new IllegalArgumentException("--duplicate-share must be 0 to 1, not " + duplicateShare);
    }
    Random random = new Random(shuffleSeed.orElse(0L));
    List<Integer> order = new ArrayList<>();
    for (int round = 0; round < (twice ? 2 : 1); round++) {
      List<Integer> pass = new ArrayList<>(batches);
      for (int index = 0; index < batches; index++) {
        pass.add(index);
      }
      if (shuffleSeed.isPresent()) {
        Collections.shuffle(pass, random);
      }
      order.addAll(pass);
    }
    List<Integer> deliveries = new ArrayList<>(order.size());
    for (int index : order) {
      deliveries.add(index);
      if (duplicateShare > 0 && random.nextDouble() < duplicateShare) {
        deliveries.add(index);
      }
    }
    return new FeedPlan(deliveries);
  }
}
