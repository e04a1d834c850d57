package com.finflow.personal;

import com.finflow.shared.Caller;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Test data: callers and transactions to record. */
final class PersonalCommands {

  static final Caller ALICE = new Caller("user-alice", "org-1", "member");
  static final Caller ADMIN_OF_ALICES_ORGANIZATION = new Caller("user-admin", "org-1", "admin");

  private PersonalCommands() {}

  static NewTransaction aTransaction(String amount, String occurredAt) {
    return new NewTransaction(
        "checking-1",
        new BigDecimal(amount),
        Direction.DEBIT,
        "EUR",
        "groceries",
        Optional.of("market"),
        OffsetDateTime.parse(occurredAt),
        Optional.empty(),
        "fingerprint-" + amount + occurredAt);
  }

  static NewTransaction withKey(NewTransaction command, String key) {
    return new NewTransaction(
        command.accountId(),
        command.amount(),
        command.direction(),
        command.currency(),
        command.category(),
        command.description(),
        command.occurredAt(),
        Optional.of(key),
        command.fingerprint());
  }
}
