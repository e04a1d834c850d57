package com.finflow.localstack.openfinance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What goes wrong with requests to one provider endpoint: each request first waits {@code latency},
 * then one draw decides whether the connection is dropped without an answer, or the answer is a
 * 504, a 500 or a 429 (with {@code Retry-After: 1}), in that order of the rates; the rates together
 * must not exceed 1.
 */
public record EndpointFaults(
    double gatewayTimeoutRate,
    double serverErrorRate,
    double tooManyRequestsRate,
    double dropRate,
    Duration latency) {

  public static final EndpointFaults NONE = new EndpointFaults(0.0, 0.0, 0.0, 0.0, Duration.ZERO);

  public EndpointFaults {
    requireRate("504 rate", gatewayTimeoutRate);
    requireRate("500 rate", serverErrorRate);
    requireRate("429 rate", tooManyRequestsRate);
    requireRate("drop rate", dropRate);
    if (gatewayTimeoutRate + serverErrorRate + tooManyRequestsRate + dropRate > 1.0 + 1e-9) {
      throw new IllegalArgumentException("provider fault rates must not add up to more than 1");
    }
    if (latency.isNegative()) {
      throw new IllegalArgumentException("provider latency must not be negative: " + latency);
    }
  }

  private static void requireRate(String name, double rate) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException("provider " + name + " must be between 0 and 1: " + rate);
    }
  }

  public EndpointFaults withGatewayTimeoutRate(double value) {
    return new EndpointFaults(value, serverErrorRate, tooManyRequestsRate, dropRate, latency);
  }

  public EndpointFaults withServerErrorRate(double value) {
    return new EndpointFaults(gatewayTimeoutRate, value, tooManyRequestsRate, dropRate, latency);
  }

  public EndpointFaults withTooManyRequestsRate(double value) {
    return new EndpointFaults(gatewayTimeoutRate, serverErrorRate, value, dropRate, latency);
  }

  public EndpointFaults withDropRate(double value) {
    return new EndpointFaults(
        gatewayTimeoutRate, serverErrorRate, tooManyRequestsRate, value, latency);
  }

  public EndpointFaults withLatency(Duration value) {
    return new EndpointFaults(
        gatewayTimeoutRate, serverErrorRate, tooManyRequestsRate, dropRate, value);
  }

  /**
   * Sets one setting by its flag key: {@code 504}, {@code 500}, {@code 429}, {@code drop} (rates)
   * or {@code latency} (ms).
   */
  EndpointFaults with(String key, double value) {
    return switch (key.trim()) {
      case "504" -> withGatewayTimeoutRate(value);
      case "500" -> withServerErrorRate(value);
      case "429" -> withTooManyRequestsRate(value);
      case "drop" -> withDropRate(value);
      case "latency" -> withLatency(Duration.ofMillis((long) value));
      default ->
          throw new IllegalArgumentException(
              "unknown provider fault " + key + "; known: 504, 500, 429, drop, latency (ms)");
    };
  }

  boolean isNone() {
    return equals(NONE);
  }

  /** As the start-up report shows it, e.g. {@code 504 20%, latency 20 ms}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    percent(parts, "504", gatewayTimeoutRate);
    percent(parts, "500", serverErrorRate);
    percent(parts, "429", tooManyRequestsRate);
    percent(parts, "drop", dropRate);
    if (!latency.isZero()) {
      parts.add("latency " + latency.toMillis() + " ms");
    }
    return String.join(", ", parts);
  }

  private static void percent(List<String> parts, String name, double rate) {
    if (rate > 0) {
      parts.add(
          String.format(
              Locale.ROOT,
              "%s %s%%",
              name,
              new java.math.BigDecimal(rate * 100)
                  .setScale(2, java.math.RoundingMode.HALF_UP)
                  .stripTrailingZeros()
                  .toPlainString()));
    }
  }
}
