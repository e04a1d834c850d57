package com.finflow.transfers.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.transfers.GetBulkQuery;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GetBulkRequestTest {

  private static final String BULK_ID = "9b2f1c3e-4d5a-4e6b-8c7d-0e1f2a3b4c5d";

  @Test
  void readsTheSampleEventWithDefaultPaging() {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("transfers/get-bulk.json");
    event.setQueryStringParameters(null);

    GetBulkQuery query = GetBulkRequest.parse(event);

    assertThat(query.from()).isZero();
    assertThat(query.limit()).isEqualTo(100);
  }

  @Test
  void lowerCasesTheBulkIdAndReadsThePage() {
    GetBulkQuery query =
        GetBulkRequest.parse(
            request(BULK_ID.toUpperCase(Locale.ROOT), Map.of("from", "20", "limit", "5")));

    assertThat(query.bulkId()).isEqualTo(BULK_ID);
    assertThat(query.from()).isEqualTo(20);
    assertThat(query.limit()).isEqualTo(5);
  }

  @Test
  void reportsEveryInvalidParameterAtOnce() {
    assertThatThrownBy(
            () ->
                GetBulkRequest.parse(
                    request("../etc/passwd", Map.of("from", "-1", "limit", "101"))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.fieldErrors())
                    .extracting(FieldError::pointer)
                    .containsExactly("/path/bulk_id", "/query/from", "/query/limit"));
  }

  @Test
  void refusesDigitsThatAreNotAscii() {
    assertThatThrownBy(() -> GetBulkRequest.parse(request(BULK_ID, Map.of("limit", "١٠"))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.fieldErrors())
                    .extracting(FieldError::pointer)
                    .containsExactly("/query/limit"));
  }

  private static APIGatewayV2HTTPEvent request(String bulkId, Map<String, String> query) {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("transfers/get-bulk.json");
    event.setPathParameters(Map.of("bulk_id", bulkId));
    event.setQueryStringParameters(query);
    return event;
  }
}
