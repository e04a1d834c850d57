package com.finflow.health;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How one dependency answered: {@code pass} or {@code fail}, how long it took, and why it failed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DependencyStatus(String name, String status, long latencyMs, String detail) {

  public static DependencyStatus pass(String name, long latencyMs) {
    return new DependencyStatus(name, "pass", latencyMs, null);
  }

  public static DependencyStatus fail(String name, long latencyMs, String detail) {
    return new DependencyStatus(name, "fail", latencyMs, detail);
  }

  public boolean passed() {
    return "pass".equals(status);
  }
}
