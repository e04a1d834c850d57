package com.finflow.personal.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.AccountKind;
import com.finflow.personal.AccountValueQuery;
import com.finflow.shared.Json;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every rule of the book's request parsers, each naming the member it refuses, all at once. */
class BookRequestsTest {

  private static final String ACCOUNT = "01963f7a-3c4d-7e5f-8a6b-7c8d9e0f1a2b";

  @Test
  void readsAnInstitutionStrippingTheNameAndNormalizingTheBic() {
    var institution =
        CreateInstitutionRequest.parse(
            body("{\"name\": \"  ING  \", \"country\": \"NL\", \"bic\": \"ingb nl2a\"}"));

    assertThat(institution.name()).isEqualTo("ING");
    assertThat(institution.bic()).contains("INGBNL2A");
  }

  @Test
  void refusesEveryInvalidInstitutionMemberAtOnce() {
    assertThat(
            pointers(
                () ->
                    CreateInstitutionRequest.parse(
                        body(
                            "{\"name\": \""
                                + "x".repeat(101)
                                + "\", \"country\": \"XX\","
                                + " \"bic\": \"NOTABIC\", \"website\": \"x\"}"))))
        .containsExactlyInAnyOrder("/name", "/country", "/bic", "/website");
    assertThat(pointers(() -> CreateInstitutionRequest.parse(body("{\"country\": \"de\"}"))))
        .containsExactlyInAnyOrder("/name", "/country");
    assertThat(
            pointers(() -> ChangeInstitutionRequest.parse(body("{\"name\": 1, \"country\": []}"))))
        .containsExactlyInAnyOrder("/name", "/country");
    assertThat(ChangeInstitutionRequest.parse(body("{\"bic\": null}")).clearBic()).isTrue();
  }

  @Test
  void refusesEveryInvalidAccountMemberAtOnce() {
    assertThat(
            pointers(
                () ->
                    CreatePersonalAccountRequest.parse(
                        body(
                            "{\"name\": \" \", \"kind\": \"loan\", \"currency\": \"XYZ\","
                                + " \"institution_id\": \"abc\"}"))))
        .containsExactlyInAnyOrder("/name", "/kind", "/currency", "/institution_id");
    var account =
        CreatePersonalAccountRequest.parse(
            body("{\"name\": \"Card\", \"kind\": \"credit_card\", \"currency\": \"JPY\"}"));
    assertThat(account.kind()).isEqualTo(AccountKind.CREDIT_CARD);
    assertThat(
            ChangePersonalAccountRequest.parse(body("{\"institution_id\": null}"))
                .clearInstitution())
        .isTrue();
    assertThat(pointers(() -> ChangePersonalAccountRequest.parse(body("{}")))).containsExactly("");
  }

  @Test
  void readsANegativeBalanceAndRefusesMalformedAmountsAtOnce() {
    assertThat(RecordAccountValueRequest.parse(body("{\"balance\": \"-12.30\"}")).balance())
        .isEqualByComparingTo("-12.30");
    assertThat(
            pointers(
                () ->
                    RecordAccountValueRequest.parse(
                        body("{\"balance\": 12.3, \"cash_balance\": \"1.234\"}"))))
        .containsExactlyInAnyOrder("/balance", "/cash_balance");
  }

  @Test
  void refusesEveryInvalidHoldingMemberAtOnce() {
    assertThat(
            pointers(
                () ->
                    CreateHoldingRequest.parse(
                        body(
                            "{\"account_id\": \"x\", \"symbol\": \"$$\", \"quantity\": \"-1\","
                                + " \"cost_basis\": \"-5\", \"cost_currency\": \"EURO\"}"))))
        .containsExactlyInAnyOrder(
            "/account_id", "/symbol", "/quantity", "/cost_basis", "/cost_currency");
    assertThat(
            pointers(
                () ->
                    CreateHoldingRequest.parse(
                        body(
                            "{\"account_id\": \""
                                + ACCOUNT
                                + "\", \"symbol\": \"AAPL\", \"quantity\": \"0.000000000\","
                                + " \"cost_basis\": \"10.5\", \"cost_currency\": \"JPY\"}"))))
        .containsExactlyInAnyOrder("/quantity", "/cost_basis");
    assertThat(pointers(() -> ChangeHoldingRequest.parse(body("{\"quantity\": \"0\"}"))))
        .containsExactly("/quantity");
    assertThat(ChangeHoldingRequest.parse(body("{\"quantity\": \"0.00000001\"}")).quantity())
        .contains(new java.math.BigDecimal("0.00000001"));
  }

  @Test
  void readsAValueRangeAndRefusesAWrongOneNamingEveryParameter() {
    AccountValueQuery query =
        ListAccountValuesRequest.parse(
            query(Map.of("from", "2026-01-01", "cursor", "2026-01-31", "limit", "10")));
    assertThat(query.from()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(query.to()).isEqualTo(AccountValueQuery.LAST_DAY);
    assertThat(query.limit()).isEqualTo(10);

    assertThat(
            pointers(
                () ->
                    ListAccountValuesRequest.parse(
                        query(
                            Map.of(
                                "from", "2026-03-01",
                                "to", "2026-02-01",
                                "limit", "0",
                                "page", "2")))))
        .containsExactlyInAnyOrder("/query/from", "/query/to", "/query/limit", "/query/page");
    assertThat(pointers(() -> ListHoldingsRequest.parse(query(Map.of("account", "1")))))
        .containsExactly("/query/account");
    assertThat(ListHoldingsRequest.parse(query(Map.of()))).isEqualTo(Optional.empty());
  }

  private static APIGatewayV2HTTPEvent query(Map<String, String> parameters) {
    APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
    event.setQueryStringParameters(parameters);
    return event;
  }

  private static JsonNode body(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static List<String> pointers(Runnable parse) {
    InvalidInput invalid = catchThrowableOfType(InvalidInput.class, parse::run);
    assertThat(invalid).as("refused").isNotNull();
    return invalid.fieldErrors().stream().map(FieldError::pointer).toList();
  }
}
