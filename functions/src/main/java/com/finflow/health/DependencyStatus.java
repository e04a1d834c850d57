package com.finflow.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * How one dependency answered: {@code pass} or {@code fail}, how long it took, and why it failed.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record DependencyStatus(
    String name, String status, long latencyMs, Optional<String> detail) {

  public static DependencyStatus pass(String name, long latencyMs) {
    return new DependencyStatus(name, "pass", latencyMs, Optional.empty());
  }

  public static DependencyStatus fail(String name, long latencyMs, String detail) {
    return new DependencyStatus(name, "fail", latencyMs, Optional.of(detail));
  }

  public boolean passed() {
    return "pass".equals(status);
  }
}
