package com.finflow.shared.lambda;

import com.finflow.shared.log.StructuredLog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The steps one container primes, in the order they were added, each run a number of rounds. */
final class PrimingSteps {

  private static final StructuredLog LOG = StructuredLog.of(PrimingSteps.class);

  private record Step(String name, Runnable work, int rounds, Runnable afterRounds) {}

  private final List<Step> steps = new CopyOnWriteArrayList<>();

  void add(String name, Runnable work, int rounds) {
    add(name, work, rounds, () -> {});
  }

  /** Adds a step with what to drop once its rounds are over, whether or not they failed. */
  void add(String name, Runnable work, int rounds, Runnable afterRounds) {
    steps.add(new Step(name, work, rounds, afterRounds));
  }

  /**
   * Runs every step its rounds. A failing step is logged and skipped: priming only saves time, it
   * is never a reason not to start.
   *
   * @return the number of steps that ran without failing
   */
  int run() {
    int primed = 0;
    int heldBack = 0;
    // By index: a step may build a client whose own step joins the list, and that one runs too.
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      try {
        for (int round = 0; round < step.rounds(); round++) {
          // A rehearsed request's refusals are not news: its lines are composed, not written.
          heldBack += StructuredLog.rehearse(step.work());
        }
        primed++;
      } catch (RuntimeException | LinkageError failure) {
        // A class the artifact left out, too: the function never needed it, or its first request
        // will say so; the snapshot is still worth taking.
        LOG.warn("priming step failed", Map.of("step", step.name(), "error", failure.toString()));
      } finally {
        step.afterRounds().run();
      }
    }
    LOG.info(
        "primed",
        Map.of(
            "steps", steps.size(), "failed", steps.size() - primed, "lines_held_back", heldBack));
    return primed;
  }
}
