package com.finflow.transfers;

import static com.finflow.transfers.InMemoryTransfers.ADMIN;
import static com.finflow.transfers.InMemoryTransfers.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.Caller;
import com.finflow.shared.failure.Category;
import com.finflow.shared.money.Money;
import com.finflow.shared.quota.InMemoryQuota;
import com.finflow.shared.quota.RateLimit;
import com.finflow.shared.quota.TooManyRequests;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The organization's quota of bulk submissions: taken before any write, replays still answered. */
class SubmitBulkQuotaTest {

  private static final Caller OTHER = new Caller("user-2", "org-2", "admin");
  private static final String OTHER_IBAN = "DE89370400440532013000";

  private final InMemoryTransfers transfers = new InMemoryTransfers();
  private final InMemoryQuota threeAMinute =
      new InMemoryQuota(RateLimit.perMinute("bulk submissions", 3), transfers.clock);
  private final SubmitBulk submit =
      new SubmitBulk(
          transfers.bulks,
          transfers.bulks,
          transfers.queues,
          threeAMinute,
          transfers.clock,
          Duration.ofHours(24));

  SubmitBulkQuotaTest() {
    transfers.clock.advance(Duration.ofSeconds(15));
  }

  @Test
  void theSubmissionPastTheLimitIsRefusedWithTheWaitAndWritesNothing() {
    for (int i = 0; i < 3; i++) {
      submit.submit(ADMIN, BulkCommands.aBulkOf(1).build());
    }

    TooManyRequests refused =
        catchThrowableOfType(
            TooManyRequests.class,
            () -> submit.submit(ADMIN, BulkCommands.aBulkOf(2).key("fourth").build()));

    assertThat(refused.category()).isEqualTo(Category.RATE_LIMITED);
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(45));
    assertThat(refused.getMessage())
        .isEqualTo(
            "your organization may make at most 3 bulk submissions per minute; try again in 45 s");
    assertThat(transfers.account().reserved())
        .isEqualTo(new Money(3 * BulkCommands.totalCents(1), EUR));
    assertThat(transfers.queues.fanOuts).hasSize(3);
    transfers.clock.advance(Duration.ofSeconds(45));
    assertThat(submit.submit(ADMIN, BulkCommands.aBulkOf(2).key("fourth").build()).replayed())
        .as("the refused submission claimed no key")
        .isFalse();
  }

  @Test
  void anotherOrganizationKeepsItsOwnAllowance() {
    transfers.bulks.openAccount(OTHER_IBAN, OTHER.organizationId(), new Money(1_000_00, EUR));
    for (int i = 0; i < 3; i++) {
      submit.submit(ADMIN, BulkCommands.aBulkOf(1).build());
    }

    SubmitBulk.Answer other =
        submit.submit(
            OTHER,
            BulkCommands.aBulkOf(1)
                .from(OTHER_IBAN, "DEUTDEFFXXX")
                .counterpartyAt(0, "NL91ABNA0417164300", "ABNANL2AXXX")
                .build());

    assertThat(other.replayed()).isFalse();
    assertThat(transfers.bulks.account(OTHER_IBAN).reserved())
        .isEqualTo(new Money(BulkCommands.totalCents(1), EUR));
    assertThat(threeAMinute.takenBy(OTHER.organizationId())).isEqualTo(1);
  }

  @Test
  void theNextMinuteAllowsSubmissionsAgain() {
    for (int i = 0; i < 3; i++) {
      submit.submit(ADMIN, BulkCommands.aBulkOf(1).build());
    }
    catchThrowableOfType(
        TooManyRequests.class, () -> submit.submit(ADMIN, BulkCommands.aBulkOf(1).build()));

    transfers.clock.advance(Duration.ofSeconds(45));

    assertThat(submit.submit(ADMIN, BulkCommands.aBulkOf(1).build()).replayed()).isFalse();
    assertThat(transfers.queues.fanOuts).hasSize(4);
  }

  @Test
  void aReplayOfAnAcceptedBulkIsAnsweredOnceTheLimitIsReached() {
    SubmitBulk.Answer first = submit.submit(ADMIN, BulkCommands.aBulkOf(2).key("payroll").build());
    submit.submit(ADMIN, BulkCommands.aBulkOf(1).build());
    submit.submit(ADMIN, BulkCommands.aBulkOf(1).build());

    SubmitBulk.Answer again = submit.submit(ADMIN, BulkCommands.aBulkOf(2).key("payroll").build());

    assertThat(again.replayed()).isTrue();
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(transfers.account().reserved())
        .isEqualTo(new Money(BulkCommands.totalCents(2) + 2 * BulkCommands.totalCents(1), EUR));
    assertThat(transfers.queues.fanOuts).hasSize(3);
  }

  @Test
  void aKeyReusedForAnotherBulkIsNamedAsSuchOnceTheLimitIsReached() {
    submit.submit(ADMIN, BulkCommands.aBulkOf(2).key("payroll").build());
    submit.submit(ADMIN, BulkCommands.aBulkOf(1).build());
    submit.submit(ADMIN, BulkCommands.aBulkOf(1).build());

    IdempotencyKeyReused refused =
        catchThrowableOfType(
            IdempotencyKeyReused.class,
            () -> submit.submit(ADMIN, BulkCommands.aBulkOf(3).key("payroll").build()));

    assertThat(refused.problemType()).isEqualTo("idempotency-key-reused");
  }

  @Test
  void everyAttemptAtTheWriteCountsRefusedOnesToo() {
    transfers.bulks.openAccount(
        "DE89370400440532013000", ADMIN.organizationId(), new Money(1_00, EUR));

    catchThrowableOfType(
        InsufficientFunds.class,
        () ->
            submit.submit(
                ADMIN,
                BulkCommands.aBulkOf(2)
                    .from("DE89370400440532013000", "DEUTDEFFXXX")
                    .counterpartyAt(0, "NL91ABNA0417164300", "ABNANL2AXXX")
                    .build()));

    assertThat(threeAMinute.takenBy(ADMIN.organizationId())).isEqualTo(1);
  }
}
