package com.finflow.shared.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.MutableClock;
import com.finflow.shared.failure.Category;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every quota keeps, run against the in-memory fake and DynamoDB alike, so that use-case tests
 * on the fake say something about production.
 */
public abstract class QuotaContract {

  protected static final RateLimit THREE_A_MINUTE = RateLimit.perMinute("bulk submissions", 3);

  /** 17.4 s into a minute: the next window opens in 42.6 s. */
  protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:15:17.400Z"));

  /** A new quota of {@link #THREE_A_MINUTE} on {@link #clock}, with nothing taken yet. */
  protected abstract Quota quota();

  @Test
  void allowsTheLimitInAWindowThenRefusesUntilTheNextWindowOpens() {
    Quota quota = quota();
    for (int i = 0; i < 3; i++) {
      quota.take("org-1");
    }

    TooManyRequests refused =
        catchThrowableOfType(TooManyRequests.class, () -> quota.take("org-1"));

    assertThat(refused.category()).isEqualTo(Category.RATE_LIMITED);
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(43));
    assertThat(refused.facts())
        .containsEntry("retry_after", 43L)
        .containsEntry("limit", 3)
        .containsEntry("window_seconds", 60L);
    assertThat(refused.getMessage())
        .isEqualTo(
            "your organization may make at most 3 bulk submissions per minute; try again in 43 s");
  }

  @Test
  void aRefusedTakeCountsNothing() {
    Quota quota = quota();
    for (int i = 0; i < 3; i++) {
      quota.take("org-1");
    }
    for (int i = 0; i < 5; i++) {
      catchThrowableOfType(TooManyRequests.class, () -> quota.take("org-1"));
    }

    clock.advance(Duration.ofSeconds(43));

    for (int i = 0; i < 3; i++) {
      assertThatCode(() -> quota.take("org-1"))
          .as("take %d of the next window", i + 1)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void eachOrganizationHasItsOwnAllowance() {
    Quota quota = quota();
    for (int i = 0; i < 3; i++) {
      quota.take("org-1");
    }

    assertThatCode(() -> quota.take("org-2")).doesNotThrowAnyException();
    assertThat(catchThrowableOfType(TooManyRequests.class, () -> quota.take("org-1"))).isNotNull();
  }

  @Test
  void theNextWindowStartsAfreshAtTheTopOfTheMinute() {
    Quota quota = quota();
    for (int i = 0; i < 3; i++) {
      quota.take("org-1");
    }
    clock.advance(Duration.ofMillis(42_599));
    TooManyRequests lastMoment =
        catchThrowableOfType(TooManyRequests.class, () -> quota.take("org-1"));

    clock.advance(Duration.ofMillis(1));

    assertThat(lastMoment.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    assertThatCode(() -> quota.take("org-1")).doesNotThrowAnyException();
  }
}
