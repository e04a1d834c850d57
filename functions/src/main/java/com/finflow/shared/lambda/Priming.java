package com.finflow.shared.lambda;

import com.finflow.shared.Environment;
import com.finflow.shared.log.Invocation;
import com.finflow.shared.log.StructuredLog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * What a SnapStart snapshot holds besides constructed objects: each function's real request path
 * run once on a synthetic event, and one harmless call per AWS client, before Lambda takes the
 * snapshot. Nothing primed writes, sends or reaches a third party.
 *
 * <p>Steps register only inside a Lambda container (where {@code AWS_LAMBDA_FUNCTION_NAME} is set),
 * so handlers built by unit tests register nothing. The steps are held here strongly: a CRaC
 * context may hold its resources weakly.
 */
public final class Priming implements Resource {

  private static final StructuredLog LOG = StructuredLog.of(Priming.class);
  private static final List<Step> STEPS = new CopyOnWriteArrayList<>();
  private static final Priming RESOURCE = new Priming();
  private static boolean registered;

  private record Step(String name, Runnable work) {}

  private Priming() {}

  /** Adds a step to run before the checkpoint. */
  public static synchronized void add(String name, Runnable work) {
    if (Environment.optional("AWS_LAMBDA_FUNCTION_NAME").isEmpty()) {
      return;
    }
    if (!registered) {
      Core.getGlobalContext().register(RESOURCE);
      registered = true;
    }
    STEPS.add(new Step(name, work));
  }

  /**
   * Runs every step once, as Lambda does before it snapshots a published version. A failing step is
   * logged and skipped: priming only saves time, it is never a reason not to start.
   *
   * @return the number of steps that ran without failing
   */
  public static int runBeforeCheckpoint() {
    int primed = 0;
    // By index: a step may build a client whose own step joins the list, and that one runs too.
    for (int i = 0; i < STEPS.size(); i++) {
      Step step = STEPS.get(i);
      try {
        step.work().run();
        primed++;
      } catch (RuntimeException failure) {
        LOG.warn("priming step failed", Map.of("step", step.name(), "error", failure.toString()));
      }
    }
    return primed;
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
