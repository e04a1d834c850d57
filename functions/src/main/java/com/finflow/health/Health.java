package com.finflow.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks the service's health: probes every dependency at once and reports each one with its
 * latency.
 */
public final class Health {

  private final List<DependencyProbe> probes;
  private final Duration timeout;

  /**
   * @param timeout how long every probe together may take; one that has not answered by then has
   *     failed
   */
  public Health(List<DependencyProbe> probes, Duration timeout) {
    this.probes = List.copyOf(probes);
    this.timeout = timeout;
  }

  /** Healthy only when every dependency answered in time. */
  public HealthReport check() {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<DependencyStatus>> pending =
          probes.stream().map(probe -> executor.submit(() -> timed(probe))).toList();
      long deadline = System.nanoTime() + timeout.toNanos();
      List<DependencyStatus> checks = new ArrayList<>();
      for (int i = 0; i < probes.size(); i++) {
        checks.add(await(pending.get(i), probes.get(i).name(), deadline));
      }
      return HealthReport.of(checks);
    }
  }

  private static DependencyStatus timed(DependencyProbe probe) {
    long started = System.nanoTime();
    try {
      probe.probe();
      return DependencyStatus.pass(probe.name(), elapsedMs(started));
    } catch (RuntimeException failure) {
      // The exception type is enough to act on; its message may echo resource names.
      return DependencyStatus.fail(
          probe.name(), elapsedMs(started), failure.getClass().getSimpleName());
    }
  }

  private DependencyStatus await(Future<DependencyStatus> result, String name, long deadline) {
    try {
      return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      return DependencyStatus.fail(
          name, timeout.toMillis(), "no answer within " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      return DependencyStatus.fail(name, 0, e.getCause().getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DependencyStatus.fail(name, 0, "interrupted");
    }
  }

  private static long elapsedMs(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
