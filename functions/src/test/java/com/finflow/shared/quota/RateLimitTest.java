package com.finflow.shared.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void windowsAreAlignedOnTheEpochSoEveryContainerAgreesOnThem() {
    RateLimit limit = RateLimit.perMinute("extractions", 30);

    Window window = limit.windowAt(Instant.parse("2026-11-23T10:15:59.999Z"));

    assertThat(window.start()).isEqualTo(Instant.parse("2026-11-23T10:15:00Z"));
    assertThat(window.end()).isEqualTo(Instant.parse("2026-11-23T10:16:00Z"));
    assertThat(limit.windowAt(Instant.parse("2026-11-23T10:16:00Z")).start())
        .isEqualTo(window.end());
  }

  @Test
  void aRefusedCallerWaitsWholeSecondsRoundedUpAndNeverZero() {
    Window window =
        new Window(Instant.parse("2026-11-23T10:15:00Z"), Instant.parse("2026-11-23T10:16:00Z"));

    assertThat(window.retryAfter(Instant.parse("2026-11-23T10:15:00Z")))
        .isEqualTo(Duration.ofSeconds(60));
    assertThat(window.retryAfter(Instant.parse("2026-11-23T10:15:20.001Z")))
        .isEqualTo(Duration.ofSeconds(40));
    assertThat(window.retryAfter(Instant.parse("2026-11-23T10:15:59.999Z")))
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(window.retryAfter(Instant.parse("2026-11-23T10:16:00Z")))
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void describesItselfInWords() {
    assertThat(RateLimit.perMinute("bulk submissions", 60).describe())
        .isEqualTo("60 bulk submissions per minute");
    assertThat(new RateLimit("extractions", 5, Duration.ofSeconds(10)).describe())
        .isEqualTo("5 extractions per 10 seconds");
  }

  @Test
  void refusesALimitThatAllowsNothingOrAWindowOfPartSeconds() {
    assertThatThrownBy(() -> RateLimit.perMinute("extractions", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rate limit of extractions allows at least one per window");
    assertThatThrownBy(() -> new RateLimit("extractions", 1, Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
