package com.finflow.localstack.openfinance;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One operation of the sandbox provider, by the name calls are counted and faults are configured
 * under. The {@code /sandbox/...} control endpoints are not among them: they are neither counted
 * nor faulted.
 */
public enum ProviderEndpoint {
  WELL_KNOWN("well-known"),
  REGISTER("register"),
  TOKEN("token"),
  CONSENTS("consents"),
  CONSENT("consent"),
  ACCOUNTS("accounts"),
  BALANCES("balances"),
  TRANSACTIONS("transactions");

  private final String wireName;

  ProviderEndpoint(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The name used in flags, in {@code /sandbox/...} JSON and in {@link SandboxProvider#calls()}.
   */
  public String wireName() {
    return wireName;
  }

  /**
   * @throws IllegalArgumentException listing the known names
   */
  public static ProviderEndpoint named(String name) {
    for (ProviderEndpoint endpoint : values()) {
      if (endpoint.wireName.equals(name.trim())) {
        return endpoint;
      }
    }
    throw new IllegalArgumentException(
        "unknown provider endpoint "
            + name
            + "; known: "
            + Arrays.stream(values())
                .map(ProviderEndpoint::wireName)
                .collect(Collectors.joining(", ")));
  }
}
