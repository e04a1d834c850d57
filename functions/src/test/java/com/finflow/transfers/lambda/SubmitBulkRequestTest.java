package com.finflow.transfers.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.Json;
import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.PayloadTooLarge;
import com.finflow.shared.money.Money;
import com.finflow.transfers.BulkMode;
import com.finflow.transfers.CreditTransfer;
import com.finflow.transfers.SubmitBulkCommand;
import com.finflow.transfers.TransferLimits;
import com.finflow.webhooks.PublicDns;
import java.net.URI;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmitBulkRequestTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final String REQUEST_ID = "6f1c2b3a-9d4e-4f5a-8b6c-7d8e9f0a1b2c";
  private static final String ORGANIZATION_IBAN = "FR7630006000011234567890189";
  private static final String ORGANIZATION_BIC = "QNTOFRP1XXX";

  private final SubmitBulkRequest request =
      new SubmitBulkRequest(
          new TransferLimits(1000, new Money(1_000_000_00L, EUR)), PublicDns.ADDRESSES);

  @Test
  void acceptsAValidBulkAsTheTransfersItDescribes() {
    SubmitBulkCommand bulk = parse(aBulkOf(2));

    assertThat(bulk.idempotencyKey()).isEqualTo(REQUEST_ID);
    assertThat(bulk.organizationIban()).isEqualTo(ORGANIZATION_IBAN);
    assertThat(bulk.organizationBic()).isEqualTo(ORGANIZATION_BIC);
    assertThat(bulk.webhookUrl()).isEmpty();
    assertThat(bulk.transfers())
        .containsExactly(
            new CreditTransfer(
                0,
                Optional.of("T-0"),
                new Money(1_50, EUR),
                "Supplier 0",
                "DEUTDEFFXXX",
                "DE89370400440532013000",
                Optional.of("Invoice 2026/0")),
            new CreditTransfer(
                1,
                Optional.of("T-1"),
                new Money(2_50, EUR),
                "Supplier 1",
                "BUKBGB22XXX",
                "GB33BUKB20201555555555",
                Optional.of("Invoice 2026/1")));
    assertThat(bulk.total()).isEqualTo(new Money(4_00, EUR));
  }

  @Test
  void normalizesPrintedIbansAndLowerCaseBics() {
    ObjectNode body = aBulkOf(1);
    body.put("organization_iban", "fr76 3000 6000 0112 3456 7890 189");
    body.put("organization_bic", "qntofrp1xxx");
    transfer(body, 0)
        .put("counterparty_iban", "DE89 3704 0044 0532 0130 00")
        .put("counterparty_bic", "deutdeff");

    SubmitBulkCommand bulk = parse(body);

    assertThat(bulk.organizationIban()).isEqualTo(ORGANIZATION_IBAN);
    assertThat(bulk.organizationBic()).isEqualTo(ORGANIZATION_BIC);
    assertThat(bulk.transfers().get(0).counterpartyIban()).isEqualTo("DE89370400440532013000");
    assertThat(bulk.transfers().get(0).counterpartyBic()).isEqualTo("DEUTDEFF");
  }

  @Test
  void acceptsAThousandValidTransfers() {
    SubmitBulkCommand bulk = parse(aBulkOf(1000));

    assertThat(bulk.transfers()).hasSize(1000);
    assertThat(bulk.transfers().get(999).index()).isEqualTo(999);
  }

  @Test
  void refusesAThousandAndFirstTransfer() {
    ObjectNode body = aBulkOf(1001);
    transfer(body, 17).put("amount", "1.001");

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError(
                "/credit_transfers", "must be an array of 1 to 1000 credit transfers, got 1001"));
  }

  @Test
  void refusesAnEmptyListOfTransfers() {
    ObjectNode body = aBulkOf(1);
    body.putArray("credit_transfers");

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError("/credit_transfers", "must be an array of 1 to 1000 credit transfers"));
  }

  @Test
  void refusesTransfersThatAreNotAnArray() {
    ObjectNode body = aBulkOf(1);
    body.set("credit_transfers", transfer(body, 0));

    assertThat(pointersOf(errorsOf(body))).containsExactly("/credit_transfers");
  }

  @Test
  void reportsEveryMissingRequiredFieldOfAnEmptyBody() {
    List<FieldError> errors = errorsOf(Json.MAPPER.createObjectNode());

    assertThat(errors).extracting(FieldError::detail).containsOnly("is required");
    assertThat(pointersOf(errors))
        .containsExactlyInAnyOrder(
            "/request_id", "/organization_iban", "/organization_bic", "/credit_transfers");
  }

  @Test
  void reportsEveryMissingRequiredFieldOfAnEmptyTransfer() {
    ObjectNode body = aBulkOf(2);
    transfers(body).set(1, Json.MAPPER.createObjectNode());

    assertThat(pointersOf(errorsOf(body)))
        .containsExactlyInAnyOrder(
            "/credit_transfers/1/amount",
            "/credit_transfers/1/currency",
            "/credit_transfers/1/counterparty_name",
            "/credit_transfers/1/counterparty_iban",
            "/credit_transfers/1/counterparty_bic");
  }

  @Test
  void reportsEveryInvalidTransferAtOnceWithJsonPointers() {
    ObjectNode body = aBulkOf(20);
    body.put("organization_bic", "QNTOFRP");
    transfer(body, 3).put("amount", "-1.00");
    transfer(body, 3).put("currency", "USD");
    transfer(body, 9).put("counterparty_name", "Société Générale");
    transfer(body, 17).put("counterparty_iban", "DE89370400440532013001");
    transfers(body).set(19, Json.MAPPER.getNodeFactory().textNode("not a transfer"));

    assertThat(pointersOf(errorsOf(body)))
        .containsExactlyInAnyOrder(
            "/organization_bic",
            "/credit_transfers/3/amount",
            "/credit_transfers/3/currency",
            "/credit_transfers/9/counterparty_name",
            "/credit_transfers/17/counterparty_iban",
            "/credit_transfers/19");
  }

  @Test
  void refusesANonObjectTransferAtItsPointer() {
    ObjectNode body = aBulkOf(3);
    transfers(body).set(1, Json.MAPPER.getNodeFactory().numberNode(42));

    assertThat(errorsOf(body))
        .containsExactly(new FieldError("/credit_transfers/1", "must be a credit transfer object"));
  }

  @Test
  void refusesAmountsWithThreeDecimals() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("amount", "10.005");

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError("/credit_transfers/0/amount", "must have at most 2 decimals"));
  }

  @Test
  void refusesNumericAmounts() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("amount", 100.00);

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError(
                "/credit_transfers/0/amount", "must be a decimal string such as \"100.00\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e3", "1,000.00", "100.", ".5", "+5", " 5", "ten"})
  void refusesAmountsThatAreNotPlainDecimals(String amount) {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("amount", amount);

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError(
                "/credit_transfers/0/amount", "must be a decimal string such as \"100.00\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-0.01", "-100"})
  void refusesAmountsThatAreNotPositive(String amount) {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("amount", amount);

    assertThat(errorsOf(body))
        .containsExactly(new FieldError("/credit_transfers/0/amount", "must be greater than 0"));
  }

  @Test
  void refusesAmountsAboveTheLimitNamingIt() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("amount", "1000000.01");

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError("/credit_transfers/0/amount", "must be at most 1000000.00"));
  }

  @Test
  void acceptsAnAmountOfExactlyTheLimit() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("amount", "1000000");

    assertThat(parse(body).transfers().get(0).amount()).isEqualTo(new Money(1_000_000_00L, EUR));
  }

  @ParameterizedTest
  @ValueSource(strings = {"USD", "eur", "EURO"})
  void refusesNonEurCurrenciesClearly(String currency) {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("currency", currency);

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError(
                "/credit_transfers/0/currency", "only EUR is supported for SEPA credit transfers"));
  }

  @Test
  void refusesCharactersOutsideTheSepaSet() {
    ObjectNode body = aBulkOf(3);
    transfer(body, 0).put("counterparty_name", "Müller GmbH");
    transfer(body, 1).put("description", "Rent & charges");
    transfer(body, 2).put("transfer_id", "batch_7");

    List<FieldError> errors = errorsOf(body);

    assertThat(pointersOf(errors))
        .containsExactly(
            "/credit_transfers/0/counterparty_name",
            "/credit_transfers/1/description",
            "/credit_transfers/2/transfer_id");
    assertThat(errors.get(0).detail())
        .isEqualTo(
            "contains \"ü\"; only the SEPA character set is allowed: a-z A-Z 0-9 / - ? : ( ) . , ' + and space");
    assertThat(errors.get(1).detail()).startsWith("contains \"&\"");
    assertThat(errors.get(2).detail()).startsWith("contains \"_\"");
  }

  @Test
  void acceptsEveryCharacterOfTheSepaSet() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("description", "azAZ09/-?:().,'+ end");

    assertThat(parse(body).transfers().get(0).description()).contains("azAZ09/-?:().,'+ end");
  }

  @Test
  void refusesTextLongerThanSepaAllows() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0)
        .put("transfer_id", "x".repeat(36))
        .put("counterparty_name", "x".repeat(71))
        .put("description", "x".repeat(141));

    assertThat(errorsOf(body))
        .containsExactlyInAnyOrder(
            new FieldError("/credit_transfers/0/transfer_id", "must be at most 35 characters"),
            new FieldError(
                "/credit_transfers/0/counterparty_name", "must be at most 70 characters"),
            new FieldError("/credit_transfers/0/description", "must be at most 140 characters"));
  }

  @Test
  void acceptsTransfersWithoutTheOptionalFields() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).remove(List.of("transfer_id", "description"));

    CreditTransfer transfer = parse(body).transfers().get(0);

    assertThat(transfer.clientTransferId()).isEmpty();
    assertThat(transfer.description()).isEmpty();
  }

  @Test
  void refusesDuplicateClientTransferIds() {
    ObjectNode body = aBulkOf(5);
    transfer(body, 3).put("transfer_id", "T-1");
    transfer(body, 4).put("transfer_id", "T-1");

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError(
                "/credit_transfers/3/transfer_id",
                "duplicates the transfer_id of /credit_transfers/1"),
            new FieldError(
                "/credit_transfers/4/transfer_id",
                "duplicates the transfer_id of /credit_transfers/1"));
  }

  @Test
  void refusesTheOrganizationsOwnIbanAsCounterparty() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0)
        .put("counterparty_iban", "FR76 3000 6000 0112 3456 7890 189")
        .put("counterparty_bic", "QNTOFRP1XXX");

    assertThat(pointersOf(errorsOf(body))).containsExactly("/credit_transfers/0/counterparty_iban");
  }

  @Test
  void refusesACounterpartyBicFromAnotherCountryThanItsIban() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("counterparty_bic", "ABNANL2AXXX");

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError(
                "/credit_transfers/0/counterparty_bic",
                "is a BIC of country NL but the IBAN is of country DE"));
  }

  @Test
  void refusesAnOrganizationBicFromAnotherCountryThanItsIban() {
    ObjectNode body = aBulkOf(1);
    body.put("organization_bic", "DEUTDEFFXXX");

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError(
                "/organization_bic", "is a BIC of country DE but the IBAN is of country FR"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FR7630006000011234567890188",
        "FR76300060000112345678901",
        "XX7630006000011234567890189",
        "not an iban"
      })
  void refusesInvalidIbans(String iban) {
    ObjectNode body = aBulkOf(1);
    body.put("organization_iban", iban);

    List<FieldError> errors = errorsOf(body);

    assertThat(pointersOf(errors)).containsExactly("/organization_iban");
    assertThat(errors.get(0).detail()).startsWith("is not a valid IBAN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DEUTDEF", "DEUTXXFFXXX", "DEUTDEFF-XX", "DEUTDEFFXX"})
  void refusesInvalidBics(String bic) {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("counterparty_bic", bic);

    List<FieldError> errors = errorsOf(body);

    assertThat(pointersOf(errors)).containsExactly("/credit_transfers/0/counterparty_bic");
    assertThat(errors.get(0).detail()).startsWith("is not a valid BIC");
  }

  @Test
  void defaultsToPartialMode() {
    ObjectNode body = aBulkOf(1);
    body.remove("mode");

    assertThat(parse(body).mode()).isEqualTo(BulkMode.PARTIAL);
  }

  @Test
  void acceptsAllOrNothingMode() {
    ObjectNode body = aBulkOf(1);
    body.put("mode", "all_or_nothing");

    assertThat(parse(body).mode()).isEqualTo(BulkMode.ALL_OR_NOTHING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALL_OR_NOTHING", "atomic"})
  void refusesUnknownModes(String mode) {
    ObjectNode body = aBulkOf(1);
    body.put("mode", mode);

    assertThat(errorsOf(body))
        .containsExactly(new FieldError("/mode", "must be \"partial\" or \"all_or_nothing\""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "6f1c2b3a9d4e4f5a8b6c7d8e9f0a1b2c",
        "6f1c2b3a-9d4e-4f5a-8b6c-7d8e9f0a1b2g",
        "{6f1c2b3a-9d4e-4f5a-8b6c-7d8e9f0a1b}",
        "42"
      })
  void refusesRequestIdsThatAreNotUuids(String requestId) {
    ObjectNode body = aBulkOf(1);
    body.put("request_id", requestId);

    assertThat(pointersOf(errorsOf(body))).containsExactly("/request_id");
  }

  @Test
  void acceptsAnyUuidVersionAsRequestIdInLowerCase() {
    ObjectNode body = aBulkOf(1);
    body.put("request_id", "01890A5D-AC96-774B-BCCE-B302099A8057");

    assertThat(parse(body).idempotencyKey()).isEqualTo("01890a5d-ac96-774b-bcce-b302099a8057");
  }

  @Test
  void acceptsAnHttpsWebhookUrl() {
    ObjectNode body = aBulkOf(1);
    body.put("webhook_url", "https://hooks.example.com/finflow?token=abc");

    assertThat(parse(body).webhookUrl())
        .contains(URI.create("https://hooks.example.com/finflow?token=abc"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://hooks.example.com/finflow",
        "/finflow",
        "https:///finflow",
        "ftp://hooks.example.com",
        "https://hooks example.com",
        "hooks.example.com"
      })
  void refusesWebhookUrlsThatAreNotAbsoluteHttps(String url) {
    ObjectNode body = aBulkOf(1);
    body.put("webhook_url", url);

    assertThat(pointersOf(errorsOf(body))).containsExactly("/webhook_url");
  }

  @Test
  void refusesWebhookUrlsLongerThan2048Characters() {
    ObjectNode body = aBulkOf(1);
    String url = "https://hooks.example.com/";
    body.put("webhook_url", url + "a".repeat(2049 - url.length()));

    assertThat(errorsOf(body))
        .containsExactly(new FieldError("/webhook_url", "must be at most 2048 characters"));
  }

  @Test
  void theIdempotencyKeyHeaderStrippedWinsOverTheRequestId() {
    SubmitBulkCommand bulk = request.parse(aBulkOf(1), Optional.of("  payroll-2026-11 "));

    assertThat(bulk.idempotencyKey()).isEqualTo("payroll-2026-11");
  }

  @Test
  void aBlankIdempotencyKeyHeaderFallsBackToTheRequestId() {
    assertThat(request.parse(aBulkOf(1), Optional.of("   ")).idempotencyKey())
        .isEqualTo(REQUEST_ID);
  }

  @Test
  void refusesAnIdempotencyKeyLongerThan255CharactersAtItsHeader() {
    assertThat(request.parse(aBulkOf(1), Optional.of("k".repeat(255))).idempotencyKey())
        .hasSize(255);
    assertThat(errorsOf(aBulkOf(1), Optional.of("k".repeat(256))))
        .containsExactly(
            new FieldError("/headers/idempotency-key", "must be at most 255 characters"));
  }

  @Test
  void reportsAnOverlongIdempotencyKeyTogetherWithTheBodysProblems() {
    ObjectNode body = aBulkOf(1);
    body.put("mode", "atomic");

    assertThat(pointersOf(errorsOf(body, Optional.of("k".repeat(256)))))
        .containsExactly("/mode", "/headers/idempotency-key");
  }

  @Test
  void refusesABodyThatIsNotAnObject() {
    assertThat(errorsOf(Json.MAPPER.createArrayNode()))
        .containsExactly(new FieldError("", "must be a JSON object"));
  }

  @Test
  void theFingerprintIgnoresTheOrderOfMembersButNotTheirValues() {
    ObjectNode body = aBulkOf(2);
    ObjectNode reordered = Json.MAPPER.createObjectNode();
    List.of("credit_transfers", "mode", "organization_bic", "organization_iban", "request_id")
        .forEach(name -> reordered.set(name, body.get(name).deepCopy()));
    ObjectNode changed = body.deepCopy();
    transfer(changed, 1).put("amount", "2.51");

    assertThat(parse(reordered).fingerprint()).isEqualTo(parse(body).fingerprint()).hasSize(64);
    assertThat(parse(changed).fingerprint()).isNotEqualTo(parse(body).fingerprint());
  }

  @Test
  void refusesOnlyTheUnknownMemberOfATransferAndReadsEveryKnownOne() {
    ObjectNode body = aBulkOf(2);
    transfer(body, 1).put("unexpected_key", "x");

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError("/credit_transfers/1/unexpected_key", "is not a known field"));
  }

  @Test
  void readsABodyOfOneAndAHalfMebibytesAsTheApiDocumentAllows() {
    String json = aBulkOf(1).toString();
    APIGatewayV2HTTPEvent event = jsonEvent(json + " ".repeat(3 * (1 << 20) / 2 - json.length()));

    assertThat(request.parse(event).transfers()).hasSize(1);
  }

  @Test
  void refusesABodyOverTwoMebibytesNamingTheLimit() {
    String json = aBulkOf(1).toString();
    APIGatewayV2HTTPEvent event = jsonEvent(json + " ".repeat(2 * (1 << 20) + 1 - json.length()));

    PayloadTooLarge refusal =
        catchThrowableOfType(PayloadTooLarge.class, () -> request.parse(event));

    assertThat(refusal).isNotNull();
    assertThat(refusal.facts()).containsEntry("max_bytes", 2 * (1 << 20));
  }

  private static APIGatewayV2HTTPEvent jsonEvent(String body) {
    APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
    event.setHeaders(Map.of("content-type", "application/json"));
    event.setBody(body);
    event.setIsBase64Encoded(false);
    return event;
  }

  /**
   * A valid bulk of {@code count} transfers, paying the counterparties in turn from the
   * organization's account.
   */
  private static ObjectNode aBulkOf(int count) {
    return BulkBodies.aBulkOf(count, REQUEST_ID, ORGANIZATION_IBAN);
  }

  private static ArrayNode transfers(ObjectNode body) {
    return (ArrayNode) body.get("credit_transfers");
  }

  private static ObjectNode transfer(ObjectNode body, int index) {
    return (ObjectNode) transfers(body).get(index);
  }

  private SubmitBulkCommand parse(JsonNode body) {
    return request.parse(body, Optional.empty());
  }

  private List<FieldError> errorsOf(JsonNode body) {
    return errorsOf(body, Optional.empty());
  }

  private List<FieldError> errorsOf(JsonNode body, Optional<String> idempotencyKeyHeader) {
    InvalidInput refusal =
        catchThrowableOfType(InvalidInput.class, () -> request.parse(body, idempotencyKeyHeader));
    assertThat(refusal).as("refusal of an invalid bulk").isNotNull();
    assertThat(refusal.category()).isEqualTo(Category.INVALID_REQUEST);
    return refusal.fieldErrors();
  }

  private static List<String> pointersOf(List<FieldError> errors) {
    return errors.stream().map(FieldError::pointer).toList();
  }
}
