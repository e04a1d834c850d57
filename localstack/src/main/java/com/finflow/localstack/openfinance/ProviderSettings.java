package com.finflow.localstack.openfinance;

import java.time.Duration;

/**
 * How the sandbox provider behaves at start-up.
 *
 * @param registrationSecret the initial access token a client presents to register itself ({@code
 *     POST /register})
 * @param authorisationDelay how long a new consent waits for its (simulated) customer before it is
 *     decided
 * @param faults what goes wrong, per endpoint; changeable while the provider runs
 */
public record ProviderSettings(
    String registrationSecret, Duration authorisationDelay, ProviderFaults faults) {

  public static final ProviderSettings DEFAULTS =
      new ProviderSettings(
          "sandbox-registration-secret", Duration.ofMillis(300), ProviderFaults.NONE);

  public ProviderSettings {
    if (registrationSecret == null || registrationSecret.isBlank()) {
      throw new IllegalArgumentException("the provider registration secret must not be blank");
    }
    if (authorisationDelay.isNegative()) {
      throw new IllegalArgumentException(
          "the consent authorisation delay must not be negative: " + authorisationDelay);
    }
  }

  public ProviderSettings withRegistrationSecret(String value) {
    return new ProviderSettings(value, authorisationDelay, faults);
  }

  public ProviderSettings withAuthorisationDelay(Duration value) {
    return new ProviderSettings(registrationSecret, value, faults);
  }

  public ProviderSettings withFaults(ProviderFaults value) {
    return new ProviderSettings(registrationSecret, authorisationDelay, value);
  }
}
