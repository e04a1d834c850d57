package com.finflow.localstack.bank;

import java.time.Duration;

/**
 * How the simulated bank treats a payment it has not answered finally yet: it works on it for
 * {@code latency}, then draws from a generator seeded with {@code seed}; a draw below {@code
 * transientRate} is a temporary outage, one below {@code transientRate + rejectRate} a permanent
 * rejection, anything else executes the payment.
 */
public record BankBehaviour(Duration latency, double transientRate, double rejectRate, long seed) {

  public static final BankBehaviour RELIABLE = new BankBehaviour(Duration.ZERO, 0.0, 0.0, 42);

  public BankBehaviour {
    if (latency.isNegative()) {
      throw new IllegalArgumentException("bank latency must not be negative: " + latency);
    }
    requireRate("transient rate", transientRate);
    requireRate("reject rate", rejectRate);
    if (transientRate + rejectRate > 1.0) {
      throw new IllegalArgumentException(
          "bank transient rate + reject rate must not exceed 1: "
              + transientRate
              + " + "
              + rejectRate);
    }
  }

  private static void requireRate(String name, double rate) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException("bank " + name + " must be between 0 and 1: " + rate);
    }
  }

  public BankBehaviour withLatency(Duration value) {
    return new BankBehaviour(value, transientRate, rejectRate, seed);
  }

  public BankBehaviour withTransientRate(double value) {
    return new BankBehaviour(latency, value, rejectRate, seed);
  }

  public BankBehaviour withRejectRate(double value) {
    return new BankBehaviour(latency, transientRate, value, seed);
  }

  public BankBehaviour withSeed(long value) {
    return new BankBehaviour(latency, transientRate, rejectRate, value);
  }

  /** As the start-up report shows it. */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "latency %d ms, transient failures %.0f%%, rejections %.0f%%, seed %d",
        latency.toMillis(),
        transientRate * 100,
        rejectRate * 100,
        seed);
  }
}
