package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.openapi.RequestContract;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cashflow parsers and the request schemas of the API document agree. */
class CashflowRequestContractTest {

  private static final RequestContract BATCH =
      RequestContract.of("CashflowBatch", body -> SubmitBatchRequest.parse(event(body, Map.of())));
  private static final RequestContract COMPANY =
      RequestContract.of(
          "CompanyRegistration",
          body -> RegisterCompanyRequest.parse(event(body, Map.of("company_id", "ACME-01"))));
  private static final RequestContract RATE =
      RequestContract.of(
          "ExchangeRatePeriod",
          body -> PutExchangeRateRequest.parse(event(body, Map.of("currency", "USD"))));

  @Test
  void acceptsTheExamplesOfTheDocument() {
    BATCH.acceptsTheExample();
    COMPANY.acceptsTheExample();
    RATE.acceptsTheExample();
  }

  @Test
  void requiresWhatTheDocumentRequires() {
    BATCH.requiresExactlyTheRequiredMembers();
    COMPANY.requiresExactlyTheRequiredMembers();
    RATE.requiresExactlyTheRequiredMembers();
  }

  @Test
  void readsEveryDocumentedMemberOfABatchAndOfItsRows() {
    BATCH.readsEveryDocumentedMember();
    BATCH.readsEveryDocumentedMemberOfItems("transactions", "CashflowTransaction");
    COMPANY.readsEveryDocumentedMember();
    RATE.readsEveryDocumentedMember();
  }

  @Test
  void refusesAnUndocumentedMemberOfABatchOrOfARow() {
    BATCH.refusesAnUndocumentedMember();
    BATCH.refusesAnUndocumentedMemberOfItems("transactions");
    COMPANY.refusesAnUndocumentedMember();
    RATE.refusesAnUndocumentedMember();
  }

  private static APIGatewayV2HTTPEvent event(JsonNode body, Map<String, String> pathParameters) {
    APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
    event.setHeaders(Map.of("content-type", "application/json"));
    event.setPathParameters(pathParameters);
    event.setBody(body.toString());
    return event;
  }
}
