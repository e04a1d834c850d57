package com.finflow.emulators;

import static org.assertj.core.api.Assertions.assertThat;

import org.elasticmq.Limits;
import org.elasticmq.StrictSQSLimits$;
import org.junit.jupiter.api.Test;

class SqsLimitsTest {

  private final SqsLimits limits = new SqsLimits();

  @Test
  void acceptsABodyOfOneMebibyteAsSqsDoesSinceAugust2025() {
    String body = "x".repeat(SqsLimits.MAX_MESSAGE_BYTES);

    assertThat(Limits.verifyMessageBody(body, limits).isRight()).isTrue();
    assertThat(Limits.verifyMessageBody(body, StrictSQSLimits$.MODULE$).isRight()).isFalse();
  }

  @Test
  void refusesABodyPastOneMebibyte() {
    String body = "x".repeat(SqsLimits.MAX_MESSAGE_BYTES + 1);

    assertThat(Limits.verifyMessageBody(body, limits).isLeft()).isTrue();
  }

  @Test
  void keepsTheOtherLimitsOfSqs() {
    assertThat(limits.batchSizeLimit()).isEqualTo(StrictSQSLimits$.MODULE$.batchSizeLimit());
    assertThat(limits.messageAttributesLimit())
        .isEqualTo(StrictSQSLimits$.MODULE$.messageAttributesLimit());
  }
}
