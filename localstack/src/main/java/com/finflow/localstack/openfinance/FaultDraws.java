package com.finflow.localstack.openfinance;

import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The faults in force and the seeded draws that apply them. Each endpoint draws from its own
 * generator, so the requests faulted at one endpoint do not depend on how much traffic the others
 * saw.
 */
final class FaultDraws {

  enum Fault {
    NONE,
    DROP,
    GATEWAY_TIMEOUT,
    SERVER_ERROR,
    TOO_MANY_REQUESTS
  }

  private volatile Conditions conditions;

  FaultDraws(ProviderFaults faults) {
    configure(faults);
  }

  /** Takes effect for the next request; every endpoint's generator restarts from the seed. */
  void configure(ProviderFaults faults) {
    conditions = new Conditions(faults);
  }

  ProviderFaults faults() {
    return conditions.faults;
  }

  Fault draw(ProviderEndpoint endpoint) {
    return conditions.draw(endpoint);
  }

  private static final class Conditions {
    private final ProviderFaults faults;
    private final Map<ProviderEndpoint, RandomGenerator> generators =
        new EnumMap<>(ProviderEndpoint.class);

    Conditions(ProviderFaults faults) {
      this.faults = faults;
      for (ProviderEndpoint endpoint : ProviderEndpoint.values()) {
        generators.put(
            endpoint,
            RandomGeneratorFactory.of("L64X128MixRandom")
                .create(faults.seed() * 31 + endpoint.ordinal()));
      }
    }

    Fault draw(ProviderEndpoint endpoint) {
      EndpointFaults rates = faults.of(endpoint);
      if (rates.isNone()) {
        return Fault.NONE;
      }
      RandomGenerator generator = generators.get(endpoint);
      double draw;
      synchronized (generator) {
        draw = generator.nextDouble();
      }
      double bound = rates.dropRate();
      if (draw < bound) {
        return Fault.DROP;
      }
      bound += rates.gatewayTimeoutRate();
      if (draw < bound) {
        return Fault.GATEWAY_TIMEOUT;
      }
      bound += rates.serverErrorRate();
      if (draw < bound) {
        return Fault.SERVER_ERROR;
      }
      bound += rates.tooManyRequestsRate();
      return draw < bound ? Fault.TOO_MANY_REQUESTS : Fault.NONE;
    }
  }
}
