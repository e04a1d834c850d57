package com.finflow.openapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.money.Money;
import com.finflow.transfers.TransferLimits;
import com.finflow.transfers.lambda.SubmitBulkRequest;
import com.finflow.webhooks.WebhookAddress;
import java.net.InetAddress;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /transfers/bulk}'s parser and the {@code BulkSubmission} schema of the API document
 * agree.
 */
class SubmitBulkRequestContractTest {

  private static final SubmitBulkRequest PARSER =
      new SubmitBulkRequest(
          new TransferLimits(1_000, new Money(100_000_000L, Currency.getInstance("EUR"))),
          new WebhookAddress(
              Set.of(),
              host ->
                  List.of(
                      InetAddress.getByAddress(
                          host, new byte[] {93, (byte) 184, (byte) 216, 34}))));
  private static final RequestContract CONTRACT =
      RequestContract.of("BulkSubmission", SubmitBulkRequestContractTest::parse);

  @Test
  void acceptsTheExampleOfTheDocument() {
    CONTRACT.acceptsTheExample();
  }

  @Test
  void requiresWhatTheDocumentRequires() {
    CONTRACT.requiresExactlyTheRequiredMembers();
  }

  @Test
  void readsEveryDocumentedMemberOfTheBulkAndOfItsTransfers() {
    CONTRACT.readsEveryDocumentedMember();
    CONTRACT.readsEveryDocumentedMemberOfItems("credit_transfers", "CreditTransfer");
  }

  @Test
  void refusesAnUndocumentedMemberOfTheBulkOrOfATransfer() {
    CONTRACT.refusesAnUndocumentedMember();
    CONTRACT.refusesAnUndocumentedMemberOfItems("credit_transfers");
  }

  private static void parse(JsonNode body) {
    APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
    event.setHeaders(Map.of("content-type", "application/json"));
    event.setBody(body.toString());
    PARSER.parse(event);
  }
}
