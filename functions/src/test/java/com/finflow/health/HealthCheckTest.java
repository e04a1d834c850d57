package com.finflow.health;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HealthCheckTest {

  @Test
  void passesWhenEveryDependencyAnswers() {
    HealthCheck check = new HealthCheck(List.of(answering("dynamodb"), answering("sqs")), Duration.ofSeconds(1));

    HealthReport report = check.run();

    assertThat(report.healthy()).isTrue();
    assertThat(report.checks()).extracting(DependencyStatus::name).containsExactly("dynamodb", "sqs");
    assertThat(report.checks()).allSatisfy(status -> assertThat(status.latencyMs()).isNotNegative());
  }

  @Test
  void failsAndNamesTheDependencyThatThrows() {
    HealthCheck check = new HealthCheck(List.of(answering("dynamodb"), failing("kms")), Duration.ofSeconds(1));

    HealthReport report = check.run();

    assertThat(report.healthy()).isFalse();
    assertThat(report.status()).isEqualTo("fail");
    assertThat(report.checks()).filteredOn(status -> !status.passed())
        .singleElement()
        .satisfies(status -> {
          assertThat(status.name()).isEqualTo("kms");
          assertThat(status.detail()).isEqualTo("IllegalStateException");
        });
  }

  @Test
  void reportsADependencyThatDoesNotAnswerInTimeAsFailed() {
    DependencyProbe hanging = probe("secretsmanager", () -> sleep(Duration.ofSeconds(30)));
    HealthCheck check = new HealthCheck(List.of(hanging, answering("sqs")), Duration.ofMillis(200));

    long started = System.nanoTime();
    HealthReport report = check.run();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(report.checks().get(0).passed()).isFalse();
    assertThat(report.checks().get(0).detail()).contains("no answer within 200 ms");
    assertThat(report.checks().get(1).passed()).isTrue();
  }

  static DependencyProbe answering(String name) {
    return probe(name, () -> {});
  }

  static DependencyProbe failing(String name) {
    return probe(name, () -> {
      throw new IllegalStateException("arn:aws:kms:eu-west-1:123456789012:key/secret-id is disabled");
    });
  }

  static DependencyProbe probe(String name, Runnable call) {
    return new DependencyProbe() {
      @Override public String name() { return name; }
      @Override public void probe() { call.run(); }
    };
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
