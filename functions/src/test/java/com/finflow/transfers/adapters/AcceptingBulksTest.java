package com.finflow.transfers.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Caller;
import com.finflow.shared.Json;
import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.transfers.BulkCommands;
import com.finflow.transfers.GetBulkQuery;
import com.finflow.transfers.IdempotencyKeyReused;
import com.finflow.transfers.InsufficientFunds;
import com.finflow.transfers.NoSuchBulk;
import com.finflow.transfers.SubmissionInProgress;
import com.finflow.transfers.SubmitBulk;
import com.finflow.transfers.SubmitBulkCommand;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bulk accepted on DynamoDB Local: reserved once, refused without a write, replayed by its key,
 * seen only by its organization.
 */
class AcceptingBulksTest extends BulksOnDynamoDb {

  @Test
  void reservesTheTotalAndEnqueuesTheBulkOnAcceptance() throws Exception {
    JsonNode answer =
        Json.MAPPER.readTree(submit.submit(ADMIN, BulkCommands.aBulkOf(3).build()).json());

    assertThat(answer.get("transfer_count").asInt()).isEqualTo(3);
    assertThat(answer.get("total_amount").asText()).isEqualTo("7.50");
    assertThat(account())
        .containsEntry("reserved_minor", "750")
        .containsEntry("available_minor", String.valueOf(STARTING_BALANCE - 750));
    assertThat(queues.fanOuts).containsExactly(answer.get("bulk_id").asText());
  }

  @Test
  void refusesABulkBeyondTheAvailableFundsAndWritesNothing() {
    openAccount("DE89370400440532013000", "org-1", 100);
    SubmitBulkCommand command =
        BulkCommands.aBulkOf(2)
            .from("DE89370400440532013000", "DEUTDEFFXXX")
            .counterpartyAt(0, "NL91ABNA0417164300", "ABNANL2AXXX")
            .build();

    InsufficientFunds refused =
        catchThrowableOfType(InsufficientFunds.class, () -> submit.submit(ADMIN, command));

    assertThat(refused.problemType()).isEqualTo("insufficient-funds");
    assertThat(refused.facts())
        .containsEntry("available", "1.00")
        .containsEntry("requested", "4.00");
    assertThat(LocalDynamoDb.scan(table)).isEmpty();
    assertThat(queues.fanOuts).isEmpty();
  }

  @Test
  void fiftyConcurrentIdenticalSubmissionsMakeOneBulkAndOneReservation() throws Exception {
    SubmitBulkCommand command = BulkCommands.aBulkOf(10).key("payroll-2026-11").build();
    AtomicInteger conflicts = new AtomicInteger();

    List<Optional<SubmitBulk.Answer>> answers =
        concurrently(
            50,
            () -> {
              try {
                return Optional.of(submit.submit(ADMIN, command));
              } catch (SubmissionInProgress inProgress) {
                conflicts.incrementAndGet();
                return Optional.empty();
              }
            });

    assertThat(answers.stream().flatMap(Optional::stream).filter(answer -> !answer.replayed()))
        .hasSize(1);
    assertThat(answers.stream().flatMap(Optional::stream).map(SubmitBulk.Answer::json).distinct())
        .hasSize(1);
    assertThat(answers.stream().filter(Optional::isPresent).count() + conflicts.get())
        .isEqualTo(50);
    assertThat(LocalDynamoDb.scan(table))
        .filteredOn(item -> item.get("sk").s().equals("BULK"))
        .hasSize(1);
    assertThat(account())
        .containsEntry("reserved_minor", String.valueOf(BulkCommands.totalCents(10)));
    assertThat(queues.fanOuts).hasSize(1);
  }

  @Test
  void replaysTheOriginalAnswerForTheSameKeyAndPayload() {
    SubmitBulkCommand command = BulkCommands.aBulkOf(2).build();
    SubmitBulk.Answer first = submit.submit(ADMIN, command);

    SubmitBulk.Answer again = submit.submit(ADMIN, command);

    assertThat(again.replayed()).isTrue();
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(account())
        .containsEntry("reserved_minor", String.valueOf(BulkCommands.totalCents(2)));
  }

  @Test
  void rejectsSecondSubmissionWithDifferentPayload() {
    submit.submit(ADMIN, BulkCommands.aBulkOf(2).key("payroll").build());
    SubmitBulkCommand changed = BulkCommands.aBulkOf(2).key("payroll").amountAt(0, 999_00).build();

    IdempotencyKeyReused refused =
        catchThrowableOfType(IdempotencyKeyReused.class, () -> submit.submit(ADMIN, changed));

    assertThat(refused.problemType()).isEqualTo("idempotency-key-reused");
    assertThat(account())
        .containsEntry("reserved_minor", String.valueOf(BulkCommands.totalCents(2)));
  }

  @Test
  void anotherOrganizationCannotSeeTheBulk() {
    String bulkId = acceptedBulkOf(1);

    NoSuchBulk hidden =
        catchThrowableOfType(
            NoSuchBulk.class,
            () ->
                getBulk.get(
                    new Caller("user-9", "org-9", "admin"), new GetBulkQuery(bulkId, 0, 10)));

    assertThat(hidden).isNotNull();
  }
}
