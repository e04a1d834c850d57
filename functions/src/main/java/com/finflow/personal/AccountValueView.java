package com.finflow.personal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A dated value of an account as the API shows it, in the account's currency. */
public record AccountValueView(
    String accountId,
    LocalDate date,
    String balance,
    Optional<String> cashBalance,
    String currency,
    Instant recordedAt,
    Map<String, String> links) {

  public static AccountValueView of(AccountValue value, String currency) {
    return new AccountValueView(
        value.accountId(),
        value.date(),
        AccountView.amount(value.balance(), currency),
        value.cashBalance().map(cash -> AccountView.amount(cash, currency)),
        currency,
        value.recordedAt(),
        Map.of(
            "self",
            "/me/accounts/" + value.accountId() + "/values/" + value.date(),
            "account",
            "/me/accounts/" + value.accountId()));
  }
}
