package com.finflow.infra.messaging;

import java.util.Objects;
import software.amazon.awscdk.Duration;

/**
 * @param consumerTimeout timeout of the function that will consume the queue; the visibility
 *     timeout is derived from it so a message never reappears while its batch is still being
 *     processed
 * @param maxReceiveCount receives before a message moves to the dead letter queue
 * @param maxMessageSizeBytes the largest message body the queue accepts
 */
public record QueueWithDeadLetterProps(
    Duration consumerTimeout, int maxReceiveCount, int maxMessageSizeBytes) {

  /**
   * Fewer receives would dead-letter messages that only failed because the consumer was throttled.
   */
  public static final int MIN_MAX_RECEIVE_COUNT = 5;

  /** SQS's default, and what every queue gets unless it asks for more. */
  public static final int DEFAULT_MAX_MESSAGE_SIZE_BYTES = 262_144;

  /** 1 MiB: the most SQS accepts since August 2025. */
  public static final int LARGEST_MAX_MESSAGE_SIZE_BYTES = 1_048_576;

  public QueueWithDeadLetterProps {
    Objects.requireNonNull(consumerTimeout, "consumerTimeout");
    if (maxReceiveCount < MIN_MAX_RECEIVE_COUNT) {
      throw new IllegalArgumentException(
          "maxReceiveCount must be at least " + MIN_MAX_RECEIVE_COUNT + ", was " + maxReceiveCount);
    }
    if (maxMessageSizeBytes < 1_024 || maxMessageSizeBytes > LARGEST_MAX_MESSAGE_SIZE_BYTES) {
      throw new IllegalArgumentException(
          "maxMessageSizeBytes must be between 1024 and "
              + LARGEST_MAX_MESSAGE_SIZE_BYTES
              + ", was "
              + maxMessageSizeBytes);
    }
  }

  public static QueueWithDeadLetterProps forConsumerTimeout(Duration consumerTimeout) {
    return new QueueWithDeadLetterProps(
        consumerTimeout, MIN_MAX_RECEIVE_COUNT, DEFAULT_MAX_MESSAGE_SIZE_BYTES);
  }

  public QueueWithDeadLetterProps withMaxReceiveCount(int receives) {
    return new QueueWithDeadLetterProps(consumerTimeout, receives, maxMessageSizeBytes);
  }

  public QueueWithDeadLetterProps withMaxMessageSizeBytes(int bytes) {
    return new QueueWithDeadLetterProps(consumerTimeout, maxReceiveCount, bytes);
  }
}
