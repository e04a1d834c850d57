package com.finflow.transfers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.finflow.shared.Json;
import com.finflow.shared.Caller;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.Rejection;
import com.finflow.shared.log.StructuredLog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts a bulk: validates every transfer, then in one atomic write records the bulk, claims the idempotency
 * key and reserves the total on the account; then asks for the transfers to be enqueued.
 */
public final class SubmitBulk {

  private static final StructuredLog LOG = StructuredLog.of(SubmitBulk.class);

  private final BulkValidation validation;
  private final BulkStore store;
  private final TransferQueues queues;
  private final Clock clock;
  private final Duration idempotencyRetention;

  public SubmitBulk(BulkValidation validation, BulkStore store, TransferQueues queues, Clock clock,
      Duration idempotencyRetention) {
    this.validation = validation;
    this.store = store;
    this.queues = queues;
    this.clock = clock;
    this.idempotencyRetention = idempotencyRetention;
  }

  /** The submission's answer (JSON), and whether it replays an earlier one. */
  public record Answer(String json, boolean replayed) {}

  public Answer submit(Caller caller, JsonNode body, Optional<String> idempotencyKeyHeader) {
    BulkRequest request = validation.parse(body);
    String key = idempotencyKeyHeader.map(String::strip).filter(header -> !header.isEmpty()).orElse(request.requestId());
    if (key.length() > 255) {
      throw Rejection.invalid(List.of(new FieldError("/headers/idempotency-key", "must be at most 255 characters")));
    }
    Instant now = clock.instant();
    Bulk bulk = new Bulk(UUID.randomUUID().toString(), caller.organizationId(), request.organizationIban(),
        request.mode(), BulkStatus.ACCEPTED, request.transfers().size(), request.total(),
        Tally.none(request.total().currency()), now, Optional.empty(), request.webhookUrl(), key, false);
    String answer = Json.write(BulkAccepted.of(bulk));
    BulkStore.Submission submission = new BulkStore.Submission(caller.organizationId(), key, fingerprint(body), answer,
        now.plus(idempotencyRetention));

    return switch (store.accept(bulk, request, submission)) {
      case BulkStore.Acceptance.Accepted accepted -> {
        enqueue(bulk);
        store.completeSubmission(caller.organizationId(), key);
        yield new Answer(answer, false);
      }
      case BulkStore.Acceptance.Replay replay -> new Answer(replay.response(), true);
      case BulkStore.Acceptance.StillBeingAccepted inProgress -> throw new Rejection(Rejection.Kind.CONFLICT,
          "a request with this idempotency key is still being accepted; retry in a moment");
      case BulkStore.Acceptance.KeyReusedForAnotherPayload reused -> throw new Rejection(Rejection.Kind.INVALID_REQUEST,
          "this idempotency key was already used for a different request").typed("idempotency-key-reused");
      case BulkStore.Acceptance.NoSuchAccount missing -> throw Rejection.invalid(List.of(new FieldError(
          "/organization_iban", "is not an " + request.total().currency().getCurrencyCode()
              + " account of your organization")));
      case BulkStore.Acceptance.InsufficientFunds funds -> throw new Rejection(Rejection.Kind.INVALID_REQUEST,
          "the account has " + funds.available().toDecimalString() + " available but the bulk needs "
              + funds.requested().toDecimalString(),
          List.of(), Map.of("available", funds.available().toDecimalString(),
              "requested", funds.requested().toDecimalString(),
              "currency", funds.requested().currency().getCurrencyCode()))
          .typed("insufficient-funds");
    };
  }

  // The bulk is durable once accepted: if the queue is unreachable now, the reconciler enqueues it later.
  private void enqueue(Bulk bulk) {
    try {
      queues.fanOut(bulk.id());
    } catch (RuntimeException e) {
      LOG.error("bulk accepted but not enqueued; the reconciler will enqueue it", e);
    }
  }

  /** The same JSON, whatever the order of its members, has the same fingerprint. */
  static String fingerprint(JsonNode body) {
    try {
      Object canonical = Json.MAPPER.treeToValue(body, Object.class);
      byte[] bytes = Json.MAPPER.writer()
          .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .writeValueAsBytes(canonical);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint the request", e);
    }
  }
}
