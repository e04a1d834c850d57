package com.finflow.identity.adapters;

import static com.finflow.identity.adapters.DynamoRefreshTokenStoreTest.concurrently;
import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.shared.aws.LocalDynamoDb;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DynamoLoginAttemptsTest {

  private static final Duration WINDOW = Duration.ofMinutes(15);

  private final DynamoLoginAttempts attempts =
      new DynamoLoginAttempts(LocalDynamoDb.client(), LocalDynamoDb.newTable("pk"));
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Test
  void countsEveryConcurrentFailure() throws Exception {
    AtomicInteger offset = new AtomicInteger();

    concurrently(
        10,
        () -> {
          attempts.recordFailure("account#a", now.plusMillis(offset.incrementAndGet()), WINDOW);
          return null;
        });

    assertThat(attempts.failuresSince("account#a", now.minus(WINDOW))).hasSize(10);
  }

  @Test
  void countsOnlyFailuresInsideTheWindow() {
    attempts.recordFailure("account#b", now.minus(Duration.ofMinutes(20)), WINDOW);
    attempts.recordFailure("account#b", now.minus(Duration.ofMinutes(5)), WINDOW);

    assertThat(attempts.failuresSince("account#b", now.minus(WINDOW)))
        .containsExactly(now.minus(Duration.ofMinutes(5)));
  }

  @Test
  void forgetsFailuresAfterASuccessfulSignIn() {
    attempts.recordFailure("account#c", now, WINDOW);

    attempts.forget("account#c");

    assertThat(attempts.failuresSince("account#c", now.minus(WINDOW))).isEmpty();
  }

  @Test
  void dropsTimestampsOutsideTheWindowOnceTheListGrowsLong() {
    for (int i = 0; i < 70; i++) {
      attempts.recordFailure("account#d", now.minus(Duration.ofHours(2)).plusSeconds(i), WINDOW);
    }
    attempts.recordFailure("account#d", now, WINDOW);

    assertThat(attempts.failuresSince("account#d", Instant.EPOCH)).containsExactly(now);
  }
}
