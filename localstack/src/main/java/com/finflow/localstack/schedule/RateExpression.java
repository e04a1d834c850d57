package com.finflow.localstack.schedule;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** EventBridge rate expressions; cron expressions are not emulated. */
final class RateExpression {

  private static final Pattern RATE =
      Pattern.compile("rate\\((\\d+)\\s+(second|minute|hour|day)s?\\)");

  private RateExpression() {}

  static Optional<Duration> period(String expression) {
    Matcher matcher = RATE.matcher(expression.trim());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    long amount = Long.parseLong(matcher.group(1));
    return Optional.of(
        switch (matcher.group(2)) {
          case "second" -> Duration.ofSeconds(amount);
          case "minute" -> Duration.ofMinutes(amount);
          case "hour" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        });
  }
}
