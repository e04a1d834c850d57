package com.finflow.localstack.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Talks to the simulated bank over HTTP, as a Finflow function would. */
public record BankClient(URI baseUrl, HttpClient http) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static final String PAYMENT =
      """
      {"amount_minor": 12345, "currency": "EUR", "debtor_iban": "DE89370400440532013000",
       "creditor_iban": "FR1420041010050500013M02606", "creditor_bic": "PSSTFRPPXXX", "creditor_name": "Alice Martin",
       "remittance": "invoice 42"}""";

  public BankClient(URI baseUrl) {
    this(baseUrl, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
  }

  public HttpResponse<String> pay(String idempotencyKey) {
    return send(
        HttpRequest.newBuilder(baseUrl.resolve("/payments"))
            .header("Idempotency-Key", idempotencyKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(PAYMENT)));
  }

  public HttpResponse<String> payWithoutKey() {
    return send(
        HttpRequest.newBuilder(baseUrl.resolve("/payments"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(PAYMENT)));
  }

  public HttpResponse<String> changeBehaviour(String json) {
    return send(
        HttpRequest.newBuilder(baseUrl.resolve("/behaviour"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public JsonNode ledger() {
    return json(send(HttpRequest.newBuilder(baseUrl.resolve("/ledger")).GET()).body());
  }

  public static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("the bank did not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
