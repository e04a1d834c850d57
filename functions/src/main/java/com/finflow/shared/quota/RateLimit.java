package com.finflow.shared.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How many times an organization may do one action within each fixed window, such as 60 bulk
 * submissions per minute.
 *
 * @param action what is counted, in words ({@code bulk submissions}); it names the counters too
 */
public record RateLimit(String action, int perWindow, Duration window) {

  public RateLimit {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(window, "window");
    if (action.isBlank()) {
      throw new IllegalArgumentException("a rate limit names what it counts");
    }
    if (perWindow < 1) {
      throw new IllegalArgumentException(
          "a rate limit of " + action + " allows at least one per window");
    }
    if (window.toSeconds() < 1 || window.toMillis() % 1000 != 0) {
      throw new IllegalArgumentException("a window is a whole number of seconds, at least one");
    }
  }

  public static RateLimit perMinute(String action, int perMinute) {
    return new RateLimit(action, perMinute, Duration.ofMinutes(1));
  }

  /**
   * The window holding {@code instant}. Windows are aligned on the epoch, so every container counts
   * in the same ones without talking to the others.
   */
  public Window windowAt(Instant instant) {
    long seconds = window.toSeconds();
    long start = Math.floorDiv(instant.getEpochSecond(), seconds) * seconds;
    return new Window(Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + seconds));
  }

  /** Such as {@code 60 bulk submissions per minute}. */
  public String describe() {
    long seconds = window.toSeconds();
    String per = seconds == 60 ? "minute" : seconds + " seconds";
    return perWindow + " " + action + " per " + per;
  }
}
