package com.finflow.localstack.openfinance;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The faults the sandbox provider injects, per endpoint (endpoints not listed behave), and the seed
 * of the draws that pick the faulted requests: the same seed and the same sequence of requests to
 * an endpoint fault the same ones.
 */
public record ProviderFaults(Map<ProviderEndpoint, EndpointFaults> endpoints, long seed) {

  public static final ProviderFaults NONE = new ProviderFaults(Map.of(), 42);

  public ProviderFaults {
    EnumMap<ProviderEndpoint, EndpointFaults> copy = new EnumMap<>(ProviderEndpoint.class);
    endpoints.forEach(
        (endpoint, faults) -> {
          if (!faults.isNone()) {
            copy.put(endpoint, faults);
          }
        });
    endpoints = Collections.unmodifiableMap(copy);
  }

  /**
   * Reads the {@code --provider-faults} syntax: {@code endpoint:key=value,key=value;endpoint:...},
   * keys {@code 504}, {@code 500}, {@code 429} and {@code drop} (rates from 0 to 1) and {@code
   * latency} (milliseconds), e.g. {@code
   * transactions:504=0.2,latency=20;accounts:500=0.1,drop=0.05}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static ProviderFaults parse(String spec, long seed) {
    Map<ProviderEndpoint, EndpointFaults> endpoints = new EnumMap<>(ProviderEndpoint.class);
    for (String section : spec.split(";")) {
      if (section.isBlank()) {
        continue;
      }
      int colon = section.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException(
            "provider faults need endpoint:key=value, got " + section);
      }
      ProviderEndpoint endpoint = ProviderEndpoint.named(section.substring(0, colon));
      EndpointFaults faults = endpoints.getOrDefault(endpoint, EndpointFaults.NONE);
      for (String setting : section.substring(colon + 1).split(",")) {
        int equals = setting.indexOf('=');
        if (equals <= 0) {
          throw new IllegalArgumentException(
              "provider faults need key=value, got " + setting + " in " + section);
        }
        try {
          faults =
              faults.with(
                  setting.substring(0, equals),
                  Double.parseDouble(setting.substring(equals + 1).trim()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("provider fault " + setting + " needs a number", e);
        }
      }
      endpoints.put(endpoint, faults);
    }
    return new ProviderFaults(endpoints, seed);
  }

  public EndpointFaults of(ProviderEndpoint endpoint) {
    return endpoints.getOrDefault(endpoint, EndpointFaults.NONE);
  }

  public ProviderFaults with(ProviderEndpoint endpoint, EndpointFaults faults) {
    Map<ProviderEndpoint, EndpointFaults> changed = new EnumMap<>(ProviderEndpoint.class);
    changed.putAll(endpoints);
    changed.put(endpoint, faults);
    return new ProviderFaults(changed, seed);
  }

  public ProviderFaults withSeed(long value) {
    return new ProviderFaults(endpoints, value);
  }

  /**
   * As the start-up report shows it, e.g. {@code transactions 504 20%, latency 20 ms; accounts 500
   * 10% (seed 42)}.
   */
  public String describe() {
    if (endpoints.isEmpty()) {
      return "none (seed " + seed + ")";
    }
    return endpoints.entrySet().stream()
            .map(entry -> entry.getKey().wireName() + " " + entry.getValue().describe())
            .collect(Collectors.joining("; "))
        + " (seed "
        + seed
        + ")";
  }
}
