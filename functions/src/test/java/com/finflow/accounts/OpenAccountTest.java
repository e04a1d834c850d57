package com.finflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.Caller;
import com.finflow.shared.failure.Forbidden;
import com.finflow.shared.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class OpenAccountTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Caller ADMIN = new Caller("user-1", "org-1", "admin");
  private static final OpenAccountCommand COMMAND =
      new OpenAccountCommand(
          "FR7630006000011234567890189", "QNTOFRP1XXX", new Money(25_000_000, EUR));

  private final InMemoryAccountRegistry registry = new InMemoryAccountRegistry();
  private final Instant now = Instant.parse("2026-11-23T09:00:00Z");
  private final OpenAccount openAccount =
      new OpenAccount(registry, Clock.fixed(now, ZoneOffset.UTC));

  @Test
  void opensTheAccountForTheCallersOrganizationWithItsWholeBalanceAvailable() {
    AccountView view = openAccount.open(ADMIN, COMMAND);

    assertThat(view)
        .isEqualTo(
            new AccountView(
                "FR7630006000011234567890189",
                "QNTOFRP1XXX",
                "EUR",
                "250000.00",
                "0.00",
                "250000.00"));
    assertThat(registry.accounts().get(COMMAND.iban()))
        .isEqualTo(
            new BankAccount(
                COMMAND.iban(),
                COMMAND.bic(),
                "org-1",
                new Money(25_000_000, EUR),
                Money.zero(EUR),
                now));
  }

  @Test
  void forbidsAMemberToOpenAccounts() {
    assertThatThrownBy(() -> openAccount.open(new Caller("user-2", "org-1", "member"), COMMAND))
        .isInstanceOf(Forbidden.class);
    assertThat(registry.accounts()).isEmpty();
  }

  @Test
  void refusesASecondAccountWithTheSameIbanAndKeepsTheFirst() {
    openAccount.open(ADMIN, COMMAND);

    assertThatThrownBy(() -> openAccount.open(new Caller("user-9", "org-2", "admin"), COMMAND))
        .isInstanceOf(AccountAlreadyExists.class)
        .hasMessage("an account with this IBAN is already registered");
    assertThat(registry.accounts().get(COMMAND.iban()).organizationId()).isEqualTo("org-1");
  }
}
