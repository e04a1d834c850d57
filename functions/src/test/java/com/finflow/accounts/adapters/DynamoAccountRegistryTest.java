package com.finflow.accounts.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.accounts.BankAccount;
import com.finflow.shared.aws.AccountsTable;
import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.shared.money.Money;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

class DynamoAccountRegistryTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private final String table = LocalDynamoDb.newTable("iban");
  private final DynamoAccountRegistry registry =
      new DynamoAccountRegistry(LocalDynamoDb.client(), table);
  private final BankAccount account =
      new BankAccount(
          "FR7630006000011234567890189",
          "QNTOFRP1XXX",
          "org-1",
          new Money(25_000_000, EUR),
          new Money(0, EUR),
          Instant.now().truncatedTo(ChronoUnit.MILLIS));

  @Test
  void readsBackTheAccountItOpened() {
    assertThat(registry.open(account)).isTrue();

    assertThat(registry.find(account.iban())).contains(account);
  }

  @Test
  void storesTheAvailableAmountThatReservationsAreConditionedOn() {
    registry.open(account);

    assertThat(LocalDynamoDb.scan(table).get(0).get("available_minor").n()).isEqualTo("25000000");
  }

  @Test
  void refusesASecondAccountWithTheSameIbanAndKeepsTheFirst() {
    registry.open(account);
    BankAccount impostor =
        new BankAccount(
            account.iban(),
            account.bic(),
            "org-2",
            new Money(1, EUR),
            new Money(0, EUR),
            Instant.now());

    assertThat(registry.open(impostor)).isFalse();
    assertThat(registry.find(account.iban()).orElseThrow().organizationId()).isEqualTo("org-1");
  }

  @Test
  void opensAnAccountThatTransfersCanReserveFundsOn() {
    registry.open(account);

    Update reserve =
        AccountsTable.reserve(table, account.iban(), "org-1", new Money(1_000_000, EUR));
    LocalDynamoDb.client()
        .transactWriteItems(
            request -> request.transactItems(TransactWriteItem.builder().update(reserve).build()));

    BankAccount reserved = registry.find(account.iban()).orElseThrow();
    assertThat(reserved.reserved()).isEqualTo(new Money(1_000_000, EUR));
    assertThat(reserved.available()).isEqualTo(new Money(24_000_000, EUR));
  }

  @Test
  void refusesToOpenAnAccountWithSomethingAlreadyReserved() {
    BankAccount halfSpent =
        new BankAccount(
            account.iban(),
            account.bic(),
            "org-1",
            new Money(10, EUR),
            new Money(5, EUR),
            account.createdAt());

    assertThatThrownBy(() -> registry.open(halfSpent)).isInstanceOf(IllegalArgumentException.class);
    assertThat(LocalDynamoDb.scan(table)).isEmpty();
  }
}
