package com.finflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.Caller;
import com.finflow.shared.money.Money;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetAccountTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final String IBAN = "FR7630006000011234567890189";

  private final InMemoryAccountRegistry registry = new InMemoryAccountRegistry();
  private final GetAccount getAccount = new GetAccount(registry);

  @BeforeEach
  void org1HasAnAccountWithAReservation() {
    registry.open(
        new BankAccount(
            IBAN,
            "QNTOFRP1XXX",
            "org-1",
            new Money(10_000, EUR),
            new Money(2_550, EUR),
            Instant.parse("2026-11-23T09:00:00Z")));
  }

  @Test
  void showsBalanceReservedAndAvailableToTheAccountsOrganization() {
    AccountView view = getAccount.get(new Caller("user-1", "org-1", "member"), IBAN);

    assertThat(view.balance()).isEqualTo("100.00");
    assertThat(view.reserved()).isEqualTo("25.50");
    assertThat(view.available()).isEqualTo("74.50");
  }

  @Test
  void findsTheAccountHoweverTheIbanIsSpacedOrCased() {
    assertThat(
            getAccount
                .get(new Caller("user-1", "org-1", "member"), "fr76 3000 6000 0112 3456 7890 189")
                .iban())
        .isEqualTo(IBAN);
  }

  @Test
  void answersNotFoundForAnotherOrganizationsAccount() {
    assertThatThrownBy(() -> getAccount.get(new Caller("user-2", "org-2", "admin"), IBAN))
        .isInstanceOf(NoSuchAccount.class)
        .hasMessage("no account with this IBAN");
  }

  @Test
  void answersNotFoundForAnUnknownIban() {
    assertThatThrownBy(
            () -> getAccount.get(new Caller("user-1", "org-1", "admin"), "DE89370400440532013000"))
        .isInstanceOf(NoSuchAccount.class);
  }
}
