package com.finflow.localstack.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The bank's HTTP interface: {@code POST /payments} (with an {@code Idempotency-Key} header),
 * {@code GET /ledger}, and {@code GET|PUT /behaviour} to see or change how the bank behaves while
 * it runs.
 */
final class BankApi extends Handler.Abstract {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final IdempotentPayments payments;

  BankApi(IdempotentPayments payments) {
    this.payments = payments;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    BankAnswer answer =
        switch (path) {
          case "/payments" -> method.equals("POST") ? pay(request) : methodNotAllowed("POST");
          case "/ledger" ->
              method.equals("GET")
                  ? ok(Map.of("payments", payments.ledger().payments()))
                  : methodNotAllowed("GET");
          case "/behaviour" ->
              switch (method) {
                case "GET" -> ok(behaviourJson(payments.behaviour()));
                case "PUT" -> changeBehaviour(request);
                default -> methodNotAllowed("GET, PUT");
              };
          default -> error(404, "no such resource: " + path);
        };
    response.setStatus(answer.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    Content.Sink.write(response, true, answer.body(), callback);
    return true;
  }

  private BankAnswer pay(Request request) throws InterruptedException {
    String key = request.getHeaders().get(IDEMPOTENCY_KEY);
    if (key == null || key.isBlank()) {
      return error(400, IDEMPOTENCY_KEY + " header is required");
    }
    PaymentInstruction instruction;
    try {
      instruction = PaymentInstruction.fromJson(body(request));
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
    return payments.submit(key, instruction);
  }

  private BankAnswer changeBehaviour(Request request) {
    BankBehaviour current = payments.behaviour();
    try {
      JsonNode body = body(request);
      BankBehaviour changed =
          new BankBehaviour(
              body.has("latency_ms")
                  ? Duration.ofMillis(body.get("latency_ms").asLong())
                  : current.latency(),
              body.has("transient_rate")
                  ? body.get("transient_rate").asDouble()
                  : current.transientRate(),
              body.has("reject_rate") ? body.get("reject_rate").asDouble() : current.rejectRate(),
              body.has("seed") ? body.get("seed").asLong() : current.seed());
      payments.configure(changed);
      return ok(behaviourJson(changed));
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
  }

  private static JsonNode body(Request request) {
    try {
      return LocalJson.MAPPER.readTree(Content.Source.asString(request, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Object> behaviourJson(BankBehaviour behaviour) {
    return Map.of(
        "latency_ms", behaviour.latency().toMillis(),
        "transient_rate", behaviour.transientRate(),
        "reject_rate", behaviour.rejectRate(),
        "seed", behaviour.seed());
  }

  private static BankAnswer ok(Object body) {
    return new BankAnswer(200, json(body), false);
  }

  private static BankAnswer methodNotAllowed(String allowed) {
    return error(405, "allowed methods: " + allowed);
  }

  private static BankAnswer error(int status, String message) {
    return new BankAnswer(status, json(Map.of("error", message)), false);
  }

  private static String json(Object body) {
    try {
      return LocalJson.MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
