package com.finflow.health;

import java.util.List;

/** The state of every dependency; the service is healthy only when all of them pass. */
public record HealthReport(String status, List<DependencyStatus> checks) {

  public HealthReport {
    checks = List.copyOf(checks);
  }

  public static HealthReport of(List<DependencyStatus> checks) {
    boolean healthy = checks.stream().allMatch(DependencyStatus::passed);
    return new HealthReport(healthy ? "pass" : "fail", checks);
  }

  public boolean healthy() {
    return "pass".equals(status);
  }
}
