package com.finflow.health;

import static com.finflow.health.FakeProbe.answering;
import static com.finflow.health.FakeProbe.failing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthTest {

  @Test
  void passesWhenEveryDependencyAnswers() {
    Health health =
        new Health(List.of(answering("dynamodb"), answering("sqs")), Duration.ofSeconds(1));

    HealthReport report = health.check();

    assertThat(report.healthy()).isTrue();
    assertThat(report.checks())
        .extracting(DependencyStatus::name)
        .containsExactly("dynamodb", "sqs");
    assertThat(report.checks())
        .allSatisfy(status -> assertThat(status.latencyMs()).isNotNegative());
  }

  @Test
  void failsAndNamesTheDependencyThatThrows() {
    Health health =
        new Health(List.of(answering("dynamodb"), failing("kms")), Duration.ofSeconds(1));

    HealthReport report = health.check();

    assertThat(report.healthy()).isFalse();
    assertThat(report.status()).isEqualTo("fail");
    assertThat(report.checks())
        .filteredOn(status -> !status.passed())
        .singleElement()
        .satisfies(
            status -> {
              assertThat(status.name()).isEqualTo("kms");
              assertThat(status.detail()).contains("IllegalStateException");
            });
  }

  @Test
  void reportsADependencyThatDoesNotAnswerInTimeAsFailed() {
    DependencyProbe hanging =
        FakeProbe.doing("secretsmanager", () -> sleep(Duration.ofSeconds(30)));
    Health health = new Health(List.of(hanging, answering("sqs")), Duration.ofMillis(200));

    long started = System.nanoTime();
    HealthReport report = health.check();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(report.checks().get(0).passed()).isFalse();
    assertThat(report.checks().get(0).detail())
        .hasValueSatisfying(detail -> assertThat(detail).contains("no answer within 200 ms"));
    assertThat(report.checks().get(1).passed()).isTrue();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
