package com.finflow.transfers.lambda;

import static com.finflow.transfers.lambda.ParsedBulks.aBulkOf;
import static com.finflow.transfers.lambda.ParsedBulks.errorsOf;
import static com.finflow.transfers.lambda.ParsedBulks.parse;
import static com.finflow.transfers.lambda.ParsedBulks.pointersOf;
import static com.finflow.transfers.lambda.ParsedBulks.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.failure.FieldError;
import com.finflow.transfers.CreditTransfer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a bulk submission's parties and texts are read: IBANs, BICs and their countries, the SEPA
 * character set and lengths, client transfer ids.
 */
class SubmitBulkPartiesTest {

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
}
