package com.finflow.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.banking.BankIdentifiers;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.Caller;
import com.finflow.shared.http.Rejection;
import com.finflow.shared.money.Money;

import java.time.Clock;
import java.util.Currency;
import java.util.Optional;

/**
 * Sandbox bank accounts: an admin opens one with a starting balance, and any member of the organization
 * can read it. Another organization's account is reported as not found, never as forbidden.
 */
public final class SandboxAccounts {

  private final AccountRegistry registry;
  private final Clock clock;

  public SandboxAccounts(AccountRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  /** {@code {iban, bic, currency, initial_balance}}. */
  public AccountView open(Caller caller, JsonNode body) {
    caller.requireAdmin();
    BodyFields fields = new BodyFields(body);
    String iban = BankIdentifiers.normalize(fields.text("iban", 42));
    if (!iban.isEmpty()) {
      BankIdentifiers.ibanProblem(iban).ifPresent(problem -> fields.reject("iban", problem));
    }
    String bic = BankIdentifiers.normalize(fields.text("bic", 11));
    if (!bic.isEmpty()) {
      BankIdentifiers.bicProblem(bic).ifPresent(problem -> fields.reject("bic", problem));
    }
    Optional<Currency> currency = currencyOf(fields);
    Optional<Money> initialBalance = currency.flatMap(known -> balanceOf(fields, known));
    fields.throwIfInvalid();

    Money balance = initialBalance.orElseThrow();
    BankAccount account = new BankAccount(iban, bic, caller.organizationId(), balance,
        Money.zero(balance.currency()), clock.instant());
    if (!registry.open(account)) {
      throw new Rejection(Rejection.Kind.CONFLICT, "an account with this IBAN is already registered");
    }
    return AccountView.of(account);
  }

  public AccountView get(Caller caller, String iban) {
    return registry.find(BankIdentifiers.normalize(iban))
        .filter(account -> account.organizationId().equals(caller.organizationId()))
        .map(AccountView::of)
        .orElseThrow(() -> new Rejection(Rejection.Kind.NOT_FOUND, "no account with this IBAN"));
  }

  private static Optional<Currency> currencyOf(BodyFields fields) {
    String code = fields.text("currency", 3);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Currency.getInstance(code));
    } catch (IllegalArgumentException e) {
      fields.reject("currency", "is not an ISO 4217 currency code");
      return Optional.empty();
    }
  }

  private static Optional<Money> balanceOf(BodyFields fields, Currency currency) {
    String text = fields.text("initial_balance", 24);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Money> balance = Money.parse(text, currency).filter(money -> !money.isNegative());
    if (balance.isEmpty()) {
      fields.reject("initial_balance", "must be a decimal string >= 0 with at most "
          + currency.getDefaultFractionDigits() + " decimals");
    }
    return balance;
  }
}
