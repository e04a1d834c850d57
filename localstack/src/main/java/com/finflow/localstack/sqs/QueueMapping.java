package com.finflow.localstack.sqs;

import java.time.Duration;

/**
 * An AWS::Lambda::EventSourceMapping from an SQS queue.
 *
 * @param reportsBatchItemFailures FunctionResponseTypes contains ReportBatchItemFailures
 */
public record QueueMapping(
    String logicalId,
    String queueArn,
    String queueUrl,
    String function,
    int batchSize,
    Duration batchingWindow,
    boolean reportsBatchItemFailures) {}
