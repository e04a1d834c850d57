package com.finflow.infra.messaging;

import java.util.Objects;
import software.amazon.awscdk.Duration;

/**
 * @param consumerTimeout timeout of the function that will consume the queue; the visibility
 *     timeout is derived from it so a message never reappears while its batch is still being
 *     processed
 * @param maxReceiveCount receives before a message moves to the dead letter queue
 */
public record QueueWithDeadLetterProps(Duration consumerTimeout, int maxReceiveCount) {

  /**
   * Fewer receives would dead-letter messages that only failed because the consumer was throttled.
   */
  public static final int MIN_MAX_RECEIVE_COUNT = 5;

  public QueueWithDeadLetterProps {
    Objects.requireNonNull(consumerTimeout, "consumerTimeout");
    if (maxReceiveCount < MIN_MAX_RECEIVE_COUNT) {
      throw new IllegalArgumentException(
          "maxReceiveCount must be at least " + MIN_MAX_RECEIVE_COUNT + ", was " + maxReceiveCount);
    }
  }

  public static QueueWithDeadLetterProps forConsumerTimeout(Duration consumerTimeout) {
    return new QueueWithDeadLetterProps(consumerTimeout, MIN_MAX_RECEIVE_COUNT);
  }

  public QueueWithDeadLetterProps withMaxReceiveCount(int receives) {
    return new QueueWithDeadLetterProps(consumerTimeout, receives);
  }
}
