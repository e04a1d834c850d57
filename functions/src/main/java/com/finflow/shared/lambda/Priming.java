package com.finflow.shared.lambda;

import com.finflow.shared.Environment;
import com.finflow.shared.log.Invocation;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * What a SnapStart snapshot holds besides constructed objects: each function's real request path
 * run on a synthetic event, and one harmless call per AWS client, before Lambda takes the snapshot.
 * Nothing primed writes, sends or reaches a third party.
 *
 * <p>Steps register only inside a Lambda container (where {@code AWS_LAMBDA_FUNCTION_NAME} is set),
 * so handlers built by unit tests register nothing. The steps are held here strongly: a CRaC
 * context may hold its resources weakly.
 */
public final class Priming implements Resource {

  /**
   * How many times a function's own request path runs: more than a warm copy's first ten events, so
   * that the snapshot holds the path as compiled as a copy that has served them, which one run
   * alone does not.
   */
  static final int PATH_ROUNDS = 12;

  private static final PrimingSteps STEPS = new PrimingSteps();
  private static final Priming RESOURCE = new Priming();
  private static boolean registered;

  private Priming() {}

  /** Adds a step to run once before the checkpoint. */
  public static void add(String name, Runnable work) {
    add(name, work, 1);
  }

  /** Adds the function's own request path, to run {@link #PATH_ROUNDS} times. */
  public static void addPath(String name, Runnable work) {
    addPath(name, work, () -> {});
  }

  /**
   * Adds the function's own request path, and what to drop once its rounds are over, so that the
   * snapshot does not hold what only priming needed.
   */
  public static void addPath(String name, Runnable work, Runnable afterRounds) {
    add(name, work, PATH_ROUNDS, afterRounds);
  }

  private static void add(String name, Runnable work, int rounds) {
    add(name, work, rounds, () -> {});
  }

  private static synchronized void add(
      String name, Runnable work, int rounds, Runnable afterRounds) {
    if (Environment.optional("AWS_LAMBDA_FUNCTION_NAME").isEmpty()) {
      return;
    }
    if (!registered) {
      Core.getGlobalContext().register(RESOURCE);
      registered = true;
    }
    STEPS.add(name, work, rounds, afterRounds);
  }

  /**
   * Runs every step, as Lambda does before it snapshots a published version.
   *
   * @return the number of steps that ran without failing
   */
  public static int runBeforeCheckpoint() {
    return STEPS.run();
  }

  /** What each restored copy must not share with the others: its first invocation is its own. */
  public static void runAfterRestore() {
    Invocation.restored();
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    runBeforeCheckpoint();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    runAfterRestore();
  }
}
