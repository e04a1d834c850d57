package com.finflow.localstack.gateway;

import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Failures the AWS gateway injects instead of forwarding, so clients' retry and error handling meet
 * what the real services do under load. Today: DynamoDB throttling, for a fraction of DynamoDB
 * requests drawn from a seeded generator. The rate can change while the stack runs.
 */
public final class GatewayFaults {

  private final RandomGenerator generator;
  private final AtomicLong dynamoDbThrottles = new AtomicLong();
  private volatile double dynamoDbThrottleRate;

  public GatewayFaults(double dynamoDbThrottleRate, long seed) {
    this.generator = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    dynamoDbThrottleRate(dynamoDbThrottleRate);
  }

  /**
   * The fraction of DynamoDB requests, from 0 to 1, answered with
   * ProvisionedThroughputExceededException.
   */
  public void dynamoDbThrottleRate(double rate) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException(
          "the DynamoDB throttle rate must be between 0 and 1: " + rate);
    }
    dynamoDbThrottleRate = rate;
  }

  public double dynamoDbThrottleRate() {
    return dynamoDbThrottleRate;
  }

  /** How many DynamoDB requests the gateway has throttled since start-up. */
  public long dynamoDbThrottles() {
    return dynamoDbThrottles.get();
  }

  /** Decides whether this DynamoDB request is throttled, and counts it if so. */
  boolean throttleDynamoDb() {
    double rate = dynamoDbThrottleRate;
    if (rate == 0.0) {
      return false;
    }
    double draw;
    synchronized (generator) {
      draw = generator.nextDouble();
    }
    if (draw < rate) {
      dynamoDbThrottles.incrementAndGet();
      return true;
    }
    return false;
  }
}
