package com.finflow.transfers.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.http.OutboundHttp;
import com.finflow.transfers.Bank;
import com.finflow.transfers.TransferOrder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bank's payment API over HTTPS: {@code POST /payments} with the transfer's key as {@code
 * Idempotency-Key}, so a repeated request returns the first answer. 2xx is executed, 4xx a final
 * rejection, anything else unavailable.
 */
final class HttpBank implements Bank {

  private final HttpClient http = OutboundHttp.client(Duration.ofSeconds(2));
  private final URI payments;

  HttpBank(URI baseUrl) {
    this.payments = baseUrl.resolve("/payments");
  }

  @Override
  public BankAnswer pay(TransferOrder order) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("amount_minor", order.transfer().amount().minorUnits());
    body.put("currency", order.transfer().amount().currency().getCurrencyCode());
    body.put("debtor_iban", order.debtorIban());
    body.put("creditor_iban", order.transfer().counterpartyIban());
    body.put("creditor_bic", order.transfer().counterpartyBic());
    body.put("creditor_name", order.transfer().counterpartyName());
    body.put("remittance", order.transfer().description().orElse(""));
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(payments)
                  .timeout(Duration.ofSeconds(5))
                  .header("content-type", "application/json")
                  .header("idempotency-key", order.paymentKey())
                  .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return new BankAnswer.Executed(
            Json.MAPPER.readTree(response.body()).path("payment_id").asText());
      }
      if (status >= 400 && status < 500 && status != 408 && status != 429) {
        JsonNode answer = Json.MAPPER.readTree(response.body());
        return new BankAnswer.Rejected(
            answer.path("reason").asText("rejected by the bank (" + status + ")"));
      }
      return new BankAnswer.Unavailable("bank answered " + status);
    } catch (IOException e) {
      return new BankAnswer.Unavailable(e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new BankAnswer.Unavailable("interrupted");
    }
  }
}
