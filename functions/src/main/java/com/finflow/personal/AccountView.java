package com.finflow.personal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * An account as the API shows it, with its current balance: its newest value, or {@code null}
 * before it has one. Amounts are decimal strings with exactly the currency's decimals.
 */
public record AccountView(
    String id,
    String name,
    String kind,
    String currency,
    Optional<String> institutionId,
    @JsonInclude(JsonInclude.Include.ALWAYS) CurrentBalance currentBalance,
    Instant createdAt,
    Instant updatedAt,
    Map<String, String> links) {

  /** The newest value of an account. */
  public record CurrentBalance(LocalDate date, String balance, Optional<String> cashBalance) {}

  public static AccountView of(Account account, Optional<AccountValue> newest) {
    return new AccountView(
        account.id(),
        account.name(),
        account.kind().wireName(),
        account.currency(),
        account.institutionId(),
        newest
            .map(
                value ->
                    new CurrentBalance(
                        value.date(),
                        amount(value.balance(), account.currency()),
                        value.cashBalance().map(cash -> amount(cash, account.currency()))))
            .orElse(null),
        account.createdAt(),
        account.updatedAt(),
        Map.of(
            "self",
            "/me/accounts/" + account.id(),
            "values",
            "/me/accounts/" + account.id() + "/values"));
  }

  /** The amount with exactly the currency's decimals. */
  static String amount(BigDecimal amount, String currency) {
    return amount.setScale(Currencies.of(currency).orElseThrow().minorUnits()).toPlainString();
  }
}
