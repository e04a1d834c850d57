package com.finflow.shared.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StructuredLogTest {

  @RegisterExtension final CapturedLog captured = new CapturedLog();
  private final StructuredLog log = StructuredLog.of(StructuredLogTest.class);

  @Test
  void writesOneJsonObjectPerLineWithCorrelationFunctionAndColdStart() throws Exception {
    Invocation.begin("finflow-health", "corr-1");

    log.info("probe done", Map.of("latency_ms", 12));

    JsonNode line = Json.MAPPER.readTree(captured.text().strip());
    assertThat(line.get("message").asText()).isEqualTo("probe done");
    assertThat(line.get("correlation_id").asText()).isEqualTo("corr-1");
    assertThat(line.get("function_name").asText()).isEqualTo("finflow-health");
    assertThat(line.has("cold_start")).isTrue();
    assertThat(line.get("latency_ms").asInt()).isEqualTo(12);
  }

  @Test
  void writesNoLineOfARehearsalButCountsThemAndWritesAgainAfterIt() {
    int heldBack =
        StructuredLog.rehearse(
            () -> {
              log.warn("message failed; it will be retried", Map.of("receive_count", 1));
              log.info("refused");
            });
    log.info("real");

    assertThat(heldBack).isEqualTo(2);
    assertThat(captured.text().strip().lines())
        .singleElement()
        .satisfies(line -> assertThat(line).contains("\"real\"").doesNotContain("refused"));
  }

  @Test
  void writesAgainAfterARehearsalThatFailed() {
    try {
      StructuredLog.rehearse(
          () -> {
            throw new IllegalStateException("step failed");
          });
    } catch (IllegalStateException expected) {
      // the failure is the step's to report
    }
    log.info("real");

    assertThat(captured.text()).contains("\"real\"");
  }

  @Test
  void writesInstantsAsIsoText() throws Exception {
    log.info("scheduled", Map.of("due_at", Instant.parse("2026-11-23T09:00:00Z")));

    JsonNode line = Json.MAPPER.readTree(captured.text().strip());
    assertThat(line.get("due_at").asText()).isEqualTo("2026-11-23T09:00:00Z");
  }

  @Test
  void marksOnlyTheFirstInvocationOfAContainerAsColdStart() {
    Invocation.begin("f", "a");
    Invocation.begin("f", "b");

    assertThat(Invocation.coldStart()).isFalse();
  }

  @Test
  void redactsValuesUnderSensitiveKeys() {
    Invocation.begin("finflow-identity", "corr-2");

    log.info(
        "login",
        Map.of(
            "email",
            "jane@example.com",
            "password",
            "hunter2",
            "refresh_token",
            "rt-123",
            "Authorization",
            "Bearer eyJ",
            "counterparty_iban",
            "DE89370400440532013000",
            "attempt",
            3));

    String written = captured.text();
    assertThat(written)
        .doesNotContain("jane@example.com", "hunter2", "rt-123", "eyJ", "DE89370400440532013000");
    assertThat(written).contains("\"attempt\":3");
  }

  @Test
  void logsFailuresWithoutTheirMessages() {
    log.error("failed", new IllegalArgumentException("CPF 12345678909 rejected"));

    String written = captured.text();
    assertThat(written)
        .contains("java.lang.IllegalArgumentException")
        .doesNotContain("12345678909");
  }
}
