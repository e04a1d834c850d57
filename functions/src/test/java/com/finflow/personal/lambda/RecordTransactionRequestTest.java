package com.finflow.personal.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.NewTransaction;
import com.finflow.shared.Json;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordTransactionRequestTest {

  @Test
  void readsAValidBodyAndTheSameFingerprintWhateverTheMemberOrder() throws Exception {
    NewTransaction one =
        RecordTransactionRequest.parse(
            body(
                "{\"account_id\":\"checking-1\",\"amount\":\"1000\",\"direction\":\"credit\","
                    + "\"currency\":\"JPY\",\"category\":\"salary\","
                    + "\"occurred_at\":\"2026-03-01T23:30:00+09:00\"}"),
            Optional.of(" key-1 "));
    NewTransaction two =
        RecordTransactionRequest.parse(
            body(
                "{\"occurred_at\":\"2026-03-01T23:30:00+09:00\",\"category\":\"salary\","
                    + "\"currency\":\"JPY\",\"direction\":\"credit\",\"amount\":\"1000\","
                    + "\"account_id\":\"checking-1\"}"));

    assertThat(one.idempotencyKey()).contains("key-1");
    assertThat(one.occurredAt().getOffset().getTotalSeconds()).isEqualTo(9 * 3600);
    assertThat(one.fingerprint()).isEqualTo(two.fingerprint());
  }

  @Test
  void takesAnyRfc3339InstantAClockCanShowAndNoOther() throws Exception {
    assertThat(
            RecordTransactionRequest.parse(body(withOccurredAt("0721-08-16t04:58:09.123z")))
                .occurredAt()
                .getYear())
        .isEqualTo(721);
    assertThat(
            RecordTransactionRequest.parse(body(withOccurredAt("9533-04-20T00:00:00-18:00")))
                .occurredAt()
                .getOffset()
                .getTotalSeconds())
        .isEqualTo(-18 * 3600);
    for (String unreal :
        new String[] {
          "2026-03-01T09:30:00-19:32", "2026-03-01T09:30:00+18:01", "2026-03-01T23:59:60Z"
        }) {
      InvalidInput refused =
          catchThrowableOfType(
              InvalidInput.class,
              () -> RecordTransactionRequest.parse(body(withOccurredAt(unreal))));
      assertThat(refused.fieldErrors())
          .extracting(FieldError::pointer)
          .containsExactly("/occurred_at");
    }
  }

  private static String withOccurredAt(String occurredAt) {
    return "{\"account_id\":\"a\",\"amount\":\"1.00\",\"direction\":\"debit\","
        + "\"currency\":\"EUR\",\"category\":\"food\",\"occurred_at\":\""
        + occurredAt
        + "\"}";
  }

  @Test
  void namesEveryInvalidFieldAtOnce() throws Exception {
    InvalidInput refused =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                RecordTransactionRequest.parse(
                    body(
                        "{\"account_id\":\"no spaces\",\"amount\":\"-5\",\"direction\":\"up\","
                            + "\"currency\":\"XXX\",\"category\":\" \","
                            + "\"occurred_at\":\"2026-03-01T09:30:00\",\"colour\":\"red\"}")));

    assertThat(refused.fieldErrors())
        .extracting(FieldError::pointer)
        .containsExactlyInAnyOrder(
            "/account_id",
            "/amount",
            "/direction",
            "/currency",
            "/category",
            "/occurred_at",
            "/colour");
  }

  @Test
  void refusesMoreDecimalsThanTheCurrencyHasAndAZeroAmount() throws Exception {
    InvalidInput yen =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                RecordTransactionRequest.parse(
                    body(
                        "{\"account_id\":\"a\",\"amount\":\"10.5\",\"direction\":\"debit\","
                            + "\"currency\":\"JPY\",\"category\":\"food\","
                            + "\"occurred_at\":\"2026-03-01T09:30:00Z\"}")));
    InvalidInput zero =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                RecordTransactionRequest.parse(
                    body(
                        "{\"account_id\":\"a\",\"amount\":\"0.00\",\"direction\":\"debit\","
                            + "\"currency\":\"EUR\",\"category\":\"food\","
                            + "\"occurred_at\":\"2026-03-01T09:30:00Z\"}")));

    assertThat(yen.fieldErrors()).extracting(FieldError::pointer).containsExactly("/amount");
    assertThat(zero.fieldErrors()).extracting(FieldError::pointer).containsExactly("/amount");
  }

  @Test
  void refusesAnOverlongIdempotencyKeyAsAHeader() throws Exception {
    InvalidInput refused =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                RecordTransactionRequest.parse(
                    body(
                        "{\"account_id\":\"a\",\"amount\":\"1\",\"direction\":\"debit\","
                            + "\"currency\":\"EUR\",\"category\":\"food\","
                            + "\"occurred_at\":\"2026-03-01T09:30:00Z\"}"),
                    Optional.of("k".repeat(256))));

    assertThat(refused.fieldErrors())
        .extracting(FieldError::pointer)
        .containsExactly("/headers/idempotency-key");
  }

  private static JsonNode body(String json) throws Exception {
    return Json.MAPPER.readTree(json);
  }
}
