package com.finflow.transfers.lambda;

import static com.finflow.transfers.lambda.ParsedBulks.EUR;
import static com.finflow.transfers.lambda.ParsedBulks.ORGANIZATION_BIC;
import static com.finflow.transfers.lambda.ParsedBulks.ORGANIZATION_IBAN;
import static com.finflow.transfers.lambda.ParsedBulks.PARSER;
import static com.finflow.transfers.lambda.ParsedBulks.REQUEST_ID;
import static com.finflow.transfers.lambda.ParsedBulks.aBulkOf;
import static com.finflow.transfers.lambda.ParsedBulks.errorsOf;
import static com.finflow.transfers.lambda.ParsedBulks.jsonEvent;
import static com.finflow.transfers.lambda.ParsedBulks.parse;
import static com.finflow.transfers.lambda.ParsedBulks.pointersOf;
import static com.finflow.transfers.lambda.ParsedBulks.transfer;
import static com.finflow.transfers.lambda.ParsedBulks.transfers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.Json;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.PayloadTooLarge;
import com.finflow.shared.money.Money;
import com.finflow.transfers.BulkMode;
import com.finflow.transfers.CreditTransfer;
import com.finflow.transfers.SubmitBulkCommand;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a bulk submission is read as a whole: its transfers, required fields, mode, request id and
 * idempotency key, webhook, body and size.
 */
class SubmitBulkRequestTest {

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
    SubmitBulkCommand bulk = PARSER.parse(aBulkOf(1), Optional.of("  payroll-2026-11 "));

    assertThat(bulk.idempotencyKey()).isEqualTo("payroll-2026-11");
  }

  @Test
  void aBlankIdempotencyKeyHeaderFallsBackToTheRequestId() {
    assertThat(PARSER.parse(aBulkOf(1), Optional.of("   ")).idempotencyKey()).isEqualTo(REQUEST_ID);
  }

  @Test
  void refusesAnIdempotencyKeyLongerThan255CharactersAtItsHeader() {
    assertThat(PARSER.parse(aBulkOf(1), Optional.of("k".repeat(255))).idempotencyKey())
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

    assertThat(PARSER.parse(event).transfers()).hasSize(1);
  }

  @Test
  void refusesABodyOverTwoMebibytesNamingTheLimit() {
    String json = aBulkOf(1).toString();
    APIGatewayV2HTTPEvent event = jsonEvent(json + " ".repeat(2 * (1 << 20) + 1 - json.length()));

    PayloadTooLarge refusal =
        catchThrowableOfType(PayloadTooLarge.class, () -> PARSER.parse(event));

    assertThat(refusal).isNotNull();
    assertThat(refusal.facts()).containsEntry("max_bytes", 2 * (1 << 20));
  }
}
