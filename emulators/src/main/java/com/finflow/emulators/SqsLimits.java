package com.finflow.emulators;

import org.elasticmq.Limit;
import org.elasticmq.LimitedValue;
import org.elasticmq.Limits;
import org.elasticmq.RangeLimit;
import org.elasticmq.StrictSQSLimits$;
import scala.collection.immutable.List;
import scala.math.BigDecimal;

/**
 * SQS's limits as they are today: ElasticMQ's strict ones, with the 1 MiB message body SQS accepts
 * since August 2025 instead of 256 KiB. ElasticMQ ignores a queue's own {@code MaximumMessageSize},
 * so the local stack refuses only bodies no SQS queue would take.
 */
final class SqsLimits implements Limits {

  /** 1 MiB, SQS's largest message since August 2025. */
  static final int MAX_MESSAGE_BYTES = 1_048_576;

  private static final Limits STRICT = StrictSQSLimits$.MODULE$;

  @Override
  public Limit<Object> queueNameLengthLimit() {
    return STRICT.queueNameLengthLimit();
  }

  @Override
  public Limit<Object> batchSizeLimit() {
    return STRICT.batchSizeLimit();
  }

  @Override
  public Limit<RangeLimit<Object>> numberOfMessagesLimit() {
    return STRICT.numberOfMessagesLimit();
  }

  @Override
  public Limit<Object> nonEmptyAttributesLimit() {
    return STRICT.nonEmptyAttributesLimit();
  }

  @Override
  public Limit<List<RangeLimit<Object>>> bodyValidCharactersLimit() {
    return STRICT.bodyValidCharactersLimit();
  }

  @Override
  public Limit<RangeLimit<BigDecimal>> numberAttributeValueLimit() {
    return STRICT.numberAttributeValueLimit();
  }

  @Override
  public Limit<RangeLimit<Object>> messageWaitTimeLimit() {
    return STRICT.messageWaitTimeLimit();
  }

  @Override
  public Limit<Object> maxMessageLength() {
    return new LimitedValue<>(MAX_MESSAGE_BYTES);
  }

  @Override
  public Limit<Object> messageAttributesLimit() {
    return STRICT.messageAttributesLimit();
  }
}
