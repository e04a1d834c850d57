package com.finflow.infra.messaging;

import com.finflow.infra.SharedResources;
import com.finflow.infra.compute.JavaFunction;
import com.finflow.infra.observability.NonZeroAlarm;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.CfnEventSourceMapping;
import software.amazon.awscdk.services.lambda.EventSourceMapping;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * An SSE-KMS queue whose poison messages end up, and raise an alarm, in its own dead letter queue.
 */
public final class QueueWithDeadLetter extends Construct {

  /**
   * AWS's guidance for Lambda consumers: room for the batch window, retries of throttled
   * invocations and a slow batch.
   */
  public static final int VISIBILITY_TIMEOUT_PER_CONSUMER_TIMEOUT = 6;

  public static final int DEFAULT_BATCH_SIZE = 10;

  // Short enough to keep latency low, long enough to fill batches under load.
  private static final Duration MAX_BATCHING_WINDOW = Duration.seconds(1);
  // The longest SQS allows, so a failure found on Friday evening is still there on Monday.
  private static final Duration DEAD_LETTER_RETENTION = Duration.days(14);

  private final Queue queue;
  private final Queue deadLetterQueue;
  private final IKey key;
  private final long visibilityTimeoutSeconds;

  public QueueWithDeadLetter(
      Construct scope, String id, SharedResources shared, QueueWithDeadLetterProps props) {
    super(scope, id);
    this.key = shared.key();
    visibilityTimeoutSeconds =
        VISIBILITY_TIMEOUT_PER_CONSUMER_TIMEOUT * seconds(props.consumerTimeout());
    deadLetterQueue =
        Queue.Builder.create(this, "DeadLetterQueue")
            .encryption(QueueEncryption.KMS)
            .encryptionMasterKey(shared.key())
            .enforceSsl(true)
            .retentionPeriod(DEAD_LETTER_RETENTION)
            // As large as its source: a dead-lettered message keeps its whole body.
            .maxMessageSizeBytes(maxMessageSize(props))
            .build();
    queue =
        Queue.Builder.create(this, "Queue")
            .encryption(QueueEncryption.KMS)
            .encryptionMasterKey(shared.key())
            .enforceSsl(true)
            .visibilityTimeout(Duration.seconds(visibilityTimeoutSeconds))
            .maxMessageSizeBytes(maxMessageSize(props))
            .deadLetterQueue(
                DeadLetterQueue.builder()
                    .queue(deadLetterQueue)
                    .maxReceiveCount(props.maxReceiveCount())
                    .build())
            .build();
    new NonZeroAlarm(
        this,
        "DeadLetterQueueDepthAlarm",
        deadLetterQueue.metricApproximateNumberOfMessagesVisible(
            MetricOptions.builder().period(Duration.minutes(5)).statistic("Maximum").build()),
        "Messages of " + id + " were dead-lettered",
        shared.alarmTopic());
  }

  /** Lets {@code consumer}'s live alias poll the queue with the default batch size. */
  public void consumedBy(JavaFunction consumer) {
    consumedBy(consumer, DEFAULT_BATCH_SIZE);
  }

  /**
   * Lets {@code consumer}'s live alias poll the queue. The consumer reports failed items of a batch
   * so that only those are retried.
   */
  public void consumedBy(JavaFunction consumer, int batchSize) {
    long required = VISIBILITY_TIMEOUT_PER_CONSUMER_TIMEOUT * seconds(consumer.timeout());
    if (visibilityTimeoutSeconds < required) {
      throw new IllegalArgumentException(
          "Visibility timeout of "
              + getNode().getPath()
              + " is "
              + visibilityTimeoutSeconds
              + " s but must be at least "
              + VISIBILITY_TIMEOUT_PER_CONSUMER_TIMEOUT
              + " x the consumer timeout ("
              + required
              + " s); create the queue with the consumer's timeout.");
    }
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException("batchSize must be between 1 and 10000, was " + batchSize);
    }
    var alias = consumer.alias();
    alias.addEventSource(
        new SqsEventSource(
            queue,
            SqsEventSourceProps.builder()
                .batchSize(batchSize)
                .maxBatchingWindow(MAX_BATCHING_WINDOW)
                .reportBatchItemFailures(true)
                .build()));
    // CDK names the alias as Select/Split of its ARN plus ":live"; the plain alias ARN means the
    // same and is
    // what every template reader (the local stack, cfn-lint, reviewers) resolves without evaluating
    // functions.
    mappingOf(alias).addPropertyOverride("FunctionName", alias.getFunctionArn());
  }

  private CfnEventSourceMapping mappingOf(Alias alias) {
    return alias.getNode().getChildren().stream()
        .filter(EventSourceMapping.class::isInstance)
        .map(child -> (CfnEventSourceMapping) child.getNode().getDefaultChild())
        .filter(mapping -> queue.getQueueArn().equals(mapping.getEventSourceArn()))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no event source mapping from " + getNode().getPath()));
  }

  /**
   * Lets {@code producer} send to the queue and use its key for that, and nothing more (CDK's own
   * grant adds wildcard KMS actions).
   */
  public void grantSend(IGrantable producer) {
    queue.grant(producer, "sqs:SendMessage");
    key.grant(producer, "kms:GenerateDataKey", "kms:Decrypt");
  }

  public IQueue queue() {
    return queue;
  }

  public IQueue deadLetterQueue() {
    return deadLetterQueue;
  }

  // Null leaves SQS's default out of the template.
  private static Number maxMessageSize(QueueWithDeadLetterProps props) {
    return props.maxMessageSizeBytes() == QueueWithDeadLetterProps.DEFAULT_MAX_MESSAGE_SIZE_BYTES
        ? null
        : props.maxMessageSizeBytes();
  }

  private static long seconds(Duration duration) {
    return duration.toSeconds().longValue();
  }
}
