package com.finflow.transfers;

import static com.finflow.transfers.InMemoryTransfers.ADMIN;
import static com.finflow.transfers.InMemoryTransfers.EUR;
import static com.finflow.transfers.InMemoryTransfers.STARTING_BALANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Caller;
import com.finflow.shared.Json;
import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.money.Money;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SubmitBulkTest {

  private final InMemoryTransfers transfers = new InMemoryTransfers();
  private final SubmitBulk submit = transfers.submitBulk();

  @Test
  void acceptsTheBulkReservesItsTotalAndAsksForItsFanOut() throws Exception {
    SubmitBulk.Answer answer = submit.submit(ADMIN, BulkCommands.aBulkOf(3).build());

    JsonNode accepted = Json.MAPPER.readTree(answer.json());
    String bulkId = accepted.get("bulk_id").asText();
    assertThat(answer.replayed()).isFalse();
    assertThat(accepted.get("status").asText()).isEqualTo("accepted");
    assertThat(accepted.get("mode").asText()).isEqualTo("partial");
    assertThat(accepted.get("transfer_count").asInt()).isEqualTo(3);
    assertThat(accepted.get("total_amount").asText()).isEqualTo("7.50");
    assertThat(accepted.get("currency").asText()).isEqualTo("EUR");
    assertThat(accepted.get("links").get("self").asText()).isEqualTo("/transfers/bulk/" + bulkId);
    assertThat(transfers.account().reserved()).isEqualTo(new Money(750, EUR));
    assertThat(transfers.account().available()).isEqualTo(new Money(STARTING_BALANCE - 750, EUR));
    assertThat(transfers.queues.fanOuts).containsExactly(bulkId);
    assertThat(transfers.bulk(bulkId).organizationId()).isEqualTo(ADMIN.organizationId());
  }

  @Test
  void replaysTheFirstAnswerForTheSameKeyAndContentAndReservesOnce() {
    SubmitBulkCommand command = BulkCommands.aBulkOf(2).key("payroll-2026-11").build();
    SubmitBulk.Answer first = submit.submit(ADMIN, command);

    SubmitBulk.Answer again =
        submit.submit(ADMIN, BulkCommands.aBulkOf(2).key("payroll-2026-11").build());

    assertThat(again.replayed()).isTrue();
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(transfers.account().reserved())
        .isEqualTo(new Money(BulkCommands.totalCents(2), EUR));
    assertThat(transfers.queues.fanOuts).hasSize(1);
  }

  @Test
  void theSameKeyInAnotherOrganizationIsAnotherSubmission() {
    transfers.bulks.openAccount("DE89370400440532013000", "org-2", new Money(1_000_00, EUR));
    submit.submit(ADMIN, BulkCommands.aBulkOf(1).key("payroll").build());

    SubmitBulk.Answer other =
        submit.submit(
            new Caller("user-2", "org-2", "admin"),
            BulkCommands.aBulkOf(1)
                .key("payroll")
                .from("DE89370400440532013000", "DEUTDEFFXXX")
                .counterpartyAt(0, "NL91ABNA0417164300", "ABNANL2AXXX")
                .build());

    assertThat(other.replayed()).isFalse();
    assertThat(transfers.queues.fanOuts).hasSize(2);
  }

  @Test
  void refusesTheSameKeyForADifferentRequestAndReservesNothingMore() {
    submit.submit(ADMIN, BulkCommands.aBulkOf(2).key("payroll-2026-11").build());

    IdempotencyKeyReused refused =
        catchThrowableOfType(
            IdempotencyKeyReused.class,
            () ->
                submit.submit(
                    ADMIN,
                    BulkCommands.aBulkOf(2).key("payroll-2026-11").amountAt(0, 999_00).build()));

    assertThat(refused.category()).isEqualTo(Category.INVALID_REQUEST);
    assertThat(refused.problemType()).isEqualTo("idempotency-key-reused");
    assertThat(refused.getMessage())
        .isEqualTo("this idempotency key was already used for a different request");
    assertThat(transfers.account().reserved())
        .isEqualTo(new Money(BulkCommands.totalCents(2), EUR));
  }

  @Test
  void refusesASubmissionWhileTheSameOneIsStillBeingAccepted() {
    SubmitBulk neverCompleting =
        new SubmitBulk(
            transfers.bulks,
            (organization, key) -> {},
            transfers.queues,
            transfers.bulkSubmissions,
            transfers.clock,
            Duration.ofHours(24));
    neverCompleting.submit(ADMIN, BulkCommands.aBulkOf(1).key("payroll").build());

    SubmissionInProgress refused =
        catchThrowableOfType(
            SubmissionInProgress.class,
            () -> submit.submit(ADMIN, BulkCommands.aBulkOf(1).key("payroll").build()));

    assertThat(refused.category()).isEqualTo(Category.CONFLICT);
    assertThat(refused.problemType()).isEmpty();
    assertThat(refused.getMessage())
        .isEqualTo(
            "a request with this idempotency key is still being accepted; retry in a moment");
  }

  @Test
  void refusesABulkBeyondTheAvailableFundsNamingBothAmounts() {
    transfers.bulks.openAccount(
        "DE89370400440532013000", ADMIN.organizationId(), new Money(1_00, EUR));

    InsufficientFunds refused =
        catchThrowableOfType(
            InsufficientFunds.class,
            () ->
                submit.submit(
                    ADMIN,
                    BulkCommands.aBulkOf(2)
                        .from("DE89370400440532013000", "DEUTDEFFXXX")
                        .counterpartyAt(0, "NL91ABNA0417164300", "ABNANL2AXXX")
                        .build()));

    assertThat(refused.category()).isEqualTo(Category.INVALID_REQUEST);
    assertThat(refused.problemType()).isEqualTo("insufficient-funds");
    assertThat(refused.getMessage())
        .isEqualTo("the account has 1.00 available but the bulk needs 4.00");
    assertThat(refused.facts())
        .containsEntry("available", "1.00")
        .containsEntry("requested", "4.00")
        .containsEntry("currency", "EUR");
    assertThat(transfers.bulks.account("DE89370400440532013000").reserved())
        .isEqualTo(Money.zero(EUR));
    assertThat(transfers.queues.fanOuts).isEmpty();
  }

  @Test
  void refusesAnAccountOfAnotherOrganizationAtTheOrganizationIban() {
    NotAnAccountOfTheOrganization refused =
        catchThrowableOfType(
            NotAnAccountOfTheOrganization.class,
            () ->
                submit.submit(
                    new Caller("user-9", "org-9", "admin"), BulkCommands.aBulkOf(1).build()));

    assertThat(refused.fieldErrors())
        .containsExactly(
            new FieldError("/organization_iban", "is not an EUR account of your organization"));
    assertThat(transfers.account().reserved()).isEqualTo(Money.zero(EUR));
  }

  @Test
  void aBulkStaysAcceptedWhenItsFanOutCannotBeAskedForAndItsKeyStillReplays() {
    transfers.queues.makeUnreachable();
    SubmitBulk.Answer first = submit.submit(ADMIN, BulkCommands.aBulkOf(1).key("payroll").build());

    SubmitBulk.Answer again = submit.submit(ADMIN, BulkCommands.aBulkOf(1).key("payroll").build());

    assertThat(again.replayed()).isTrue();
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(transfers.bulk(InMemoryTransfers.bulkIdOf(first)).status())
        .isEqualTo(BulkStatus.ACCEPTED);
  }
}
