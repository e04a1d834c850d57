package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every store of the book does, in memory or in DynamoDB: tenancy, and checks that no
 * concurrent write can get around.
 */
public abstract class BookStoreContract {

  private static final String ALICE = "user-alice";
  private static final String BOB = "user-bob";
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  /** The stores of one user's book, each on the same storage. */
  public record Book(
      Institutions institutions,
      Accounts accounts,
      AccountValues values,
      Holdings holdings,
      PortfolioBook portfolio) {}

  protected abstract Book book();

  private final TransactionIds ids = new TransactionIds(Clock.systemUTC());
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private final Book book = book();
  private final Institutions institutions = book.institutions();
  private final Accounts accounts = book.accounts();
  private final AccountValues values = book.values();
  private final Holdings holdings = book.holdings();
  private final PortfolioBook portfolio = book.portfolio();

  @Test
  void readsBackEveryItemExactlyAndOnlyForItsUser() {
    Institution bank = institution(ALICE, Optional.of("DEUTDEFF"));
    institutions.add(bank, 10);
    Account brokerage = account(ALICE, AccountKind.INVESTMENT, Optional.of(bank.id()));
    assertThat(accounts.add(brokerage, 10)).isEqualTo(Accounts.Outcome.DONE);
    AccountValue value = value(brokerage, DAY, "-1234.50", Optional.of("10.00"));
    values.put(ALICE, value);
    Holding holding = holding(ALICE, brokerage, "0.12345678");
    assertThat(holdings.add(holding, 10)).isEqualTo(Holdings.Adding.ADDED);

    assertThat(institutions.institution(ALICE, bank.id())).contains(bank);
    assertThat(accounts.account(ALICE, brokerage.id())).contains(brokerage);
    assertThat(values.value(ALICE, brokerage.id(), DAY)).contains(value);
    assertThat(holdings.holding(ALICE, holding.id())).contains(holding);
    assertThat(institutions.institutions(ALICE)).containsExactly(bank);
    assertThat(portfolio.accounts(ALICE)).containsExactly(brokerage);
    assertThat(portfolio.holdings(ALICE)).containsExactly(holding);

    assertThat(institutions.institution(BOB, bank.id())).isEmpty();
    assertThat(accounts.account(BOB, brokerage.id())).isEmpty();
    assertThat(values.value(BOB, brokerage.id(), DAY)).isEmpty();
    assertThat(portfolio.valueOn(BOB, brokerage.id(), DAY)).isEmpty();
    assertThat(holdings.holding(BOB, holding.id())).isEmpty();
    assertThat(institutions.institutions(BOB)).isEmpty();
    assertThat(portfolio.accounts(BOB)).isEmpty();
    assertThat(portfolio.holdings(BOB)).isEmpty();
    assertThat(institutions.remove(BOB, bank.id())).isEqualTo(Institutions.Removal.NOT_FOUND);
    assertThat(values.remove(BOB, brokerage.id(), DAY)).isFalse();
    assertThat(values.put(BOB, value)).isEqualTo(AccountValues.Recording.NO_ACCOUNT);
  }

  @Test
  void anInstitutionIsRemovedOnlyOnceNoAccountRefersToIt() {
    Institution bank = institution(ALICE, Optional.empty());
    Institution other = institution(ALICE, Optional.empty());
    institutions.add(bank, 10);
    institutions.add(other, 10);
    Account checking = account(ALICE, AccountKind.CHECKING, Optional.of(bank.id()));
    accounts.add(checking, 10);

    assertThat(institutions.remove(ALICE, bank.id())).isEqualTo(Institutions.Removal.IN_USE);
    assertThat(institutions.institution(ALICE, bank.id())).isPresent();

    Account moved = withInstitution(checking, Optional.of(other.id()));
    assertThat(accounts.replace(checking, moved)).isEqualTo(Accounts.Outcome.DONE);
    assertThat(institutions.remove(ALICE, bank.id())).isEqualTo(Institutions.Removal.REMOVED);
    assertThat(institutions.remove(ALICE, other.id())).isEqualTo(Institutions.Removal.IN_USE);
    assertThat(accounts.remove(moved)).isEqualTo(Accounts.Outcome.DONE);
    assertThat(institutions.remove(ALICE, other.id())).isEqualTo(Institutions.Removal.REMOVED);
  }

  @Test
  void anAccountCannotNameAnotherUsersInstitution() {
    Institution bobs = institution(BOB, Optional.empty());
    institutions.add(bobs, 10);
    Account checking = account(ALICE, AccountKind.CHECKING, Optional.of(bobs.id()));

    assertThat(accounts.add(checking, 10)).isEqualTo(Accounts.Outcome.NO_SUCH_INSTITUTION);
    assertThat(accounts.account(ALICE, checking.id())).isEmpty();
    Account plain = account(ALICE, AccountKind.CHECKING, Optional.empty());
    accounts.add(plain, 10);
    assertThat(accounts.replace(plain, withInstitution(plain, Optional.of(bobs.id()))))
        .isEqualTo(Accounts.Outcome.NO_SUCH_INSTITUTION);
    assertThat(institutions.remove(BOB, bobs.id())).isEqualTo(Institutions.Removal.REMOVED);
  }

  @Test
  void aChangeOrRemovalOfAnAccountChangedSinceItWasReadIsRefused() {
    Account checking = account(ALICE, AccountKind.CHECKING, Optional.empty());
    accounts.add(checking, 10);
    Account renamed = renamed(checking, "Renamed", now.plusSeconds(1));
    accounts.replace(checking, renamed);

    assertThat(accounts.replace(checking, renamed(checking, "Other", now.plusSeconds(2))))
        .isEqualTo(Accounts.Outcome.CHANGED_MEANWHILE);
    assertThat(accounts.remove(checking)).isEqualTo(Accounts.Outcome.CHANGED_MEANWHILE);
    assertThat(accounts.account(ALICE, checking.id())).contains(renamed);
    assertThat(accounts.remove(renamed)).isEqualTo(Accounts.Outcome.DONE);
    assertThat(accounts.remove(renamed)).isEqualTo(Accounts.Outcome.NOT_FOUND);
  }

  @Test
  void concurrentAddsStopExactlyAtTheLimit() throws Exception {
    List<Callable<Object>> adds = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      adds.add(() -> institutions.add(institution(ALICE, Optional.empty()), 5));
      adds.add(() -> accounts.add(account(ALICE, AccountKind.SAVINGS, Optional.empty()), 4));
    }
    List<Object> outcomes = runAll(adds);

    assertThat(outcomes).filteredOn(Institutions.Adding.ADDED::equals).hasSize(5);
    assertThat(outcomes).filteredOn(Accounts.Outcome.DONE::equals).hasSize(4);
    assertThat(institutions.institutions(ALICE)).hasSize(5);
    assertThat(portfolio.accounts(ALICE)).hasSize(4);
    institutions.remove(ALICE, institutions.institutions(ALICE).get(0).id());
    assertThat(institutions.add(institution(ALICE, Optional.empty()), 5))
        .isEqualTo(Institutions.Adding.ADDED);
  }

  @Test
  void aHoldingGoesOnlyOnAnExistingInvestmentAccountWithRoomForIt() {
    Account checking = account(ALICE, AccountKind.CHECKING, Optional.empty());
    Account brokerage = account(ALICE, AccountKind.INVESTMENT, Optional.empty());
    accounts.add(checking, 10);
    accounts.add(brokerage, 10);

    assertThat(holdings.add(holding(ALICE, checking, "1"), 2))
        .isEqualTo(Holdings.Adding.NOT_INVESTMENT);
    assertThat(holdings.add(holding(BOB, brokerage, "1"), 2)).isEqualTo(Holdings.Adding.NO_ACCOUNT);
    assertThat(holdings.add(holding(ALICE, brokerage, "1"), 2)).isEqualTo(Holdings.Adding.ADDED);
    assertThat(holdings.add(holding(ALICE, brokerage, "2"), 2)).isEqualTo(Holdings.Adding.ADDED);
    assertThat(holdings.add(holding(ALICE, brokerage, "3"), 2))
        .isEqualTo(Holdings.Adding.LIMIT_REACHED);
    assertThat(portfolio.holdings(ALICE)).hasSize(2);
    assertThat(portfolio.holdings(BOB)).isEmpty();
  }

  @Test
  void anAccountWithHoldingsStaysAndOnceEmptyGoesWithAllItsValues() {
    Account brokerage = account(ALICE, AccountKind.INVESTMENT, Optional.empty());
    accounts.add(brokerage, 10);
    for (int day = 0; day < 60; day++) {
      values.put(ALICE, value(brokerage, DAY.plusDays(day), "1.00", Optional.of("1.00")));
    }
    Holding holding = holding(ALICE, brokerage, "3");
    holdings.add(holding, 10);

    assertThat(accounts.remove(brokerage)).isEqualTo(Accounts.Outcome.HAS_HOLDINGS);
    assertThat(values.newest(ALICE, brokerage.id())).isPresent();
    assertThat(holdings.remove(holding)).isTrue();
    assertThat(holdings.remove(holding)).isFalse();
    assertThat(accounts.remove(brokerage)).isEqualTo(Accounts.Outcome.DONE);

    assertThat(accounts.account(ALICE, brokerage.id())).isEmpty();
    assertThat(values.between(ALICE, brokerage.id(), DAY, DAY.plusDays(100), 100)).isEmpty();
    assertThat(values.put(ALICE, value(brokerage, DAY, "1.00", Optional.of("0.00"))))
        .isEqualTo(AccountValues.Recording.NO_ACCOUNT);
  }

  @Test
  void aHoldingRacingTheRemovalOfItsAccountNeverOutlivesIt() throws Exception {
    for (int round = 0; round < 10; round++) {
      Account brokerage = account(ALICE, AccountKind.INVESTMENT, Optional.empty());
      accounts.add(brokerage, 100);
      Holding holding = holding(ALICE, brokerage, "1");
      runAll(List.of(() -> holdings.add(holding, 10), () -> accounts.remove(brokerage)));

      assertThat(holdings.holding(ALICE, holding.id()).isPresent())
          .isEqualTo(accounts.account(ALICE, brokerage.id()).isPresent());
    }
  }

  @Test
  void aDaysValueIsCreatedThenReplaced() {
    Account checking = account(ALICE, AccountKind.CHECKING, Optional.empty());
    accounts.add(checking, 10);

    assertThat(values.put(ALICE, value(checking, DAY, "10.00", Optional.empty())))
        .isEqualTo(AccountValues.Recording.CREATED);
    AccountValue replacement = value(checking, DAY, "12.50", Optional.empty());
    assertThat(values.put(ALICE, replacement)).isEqualTo(AccountValues.Recording.REPLACED);
    assertThat(values.value(ALICE, checking.id(), DAY)).contains(replacement);
    assertThat(values.remove(ALICE, checking.id(), DAY)).isTrue();
    assertThat(values.remove(ALICE, checking.id(), DAY)).isFalse();
  }

  @Test
  void valueOnIsTheNewestValueOnOrBeforeTheDayOfThatAccountOnly() {
    Account first = account(ALICE, AccountKind.CHECKING, Optional.empty());
    Account second = account(ALICE, AccountKind.CHECKING, Optional.empty());
    accounts.add(first, 10);
    accounts.add(second, 10);
    values.put(ALICE, value(first, DAY.minusDays(30), "1.00", Optional.empty()));
    values.put(ALICE, value(second, DAY.minusDays(10), "2.00", Optional.empty()));
    values.put(ALICE, value(second, DAY, "3.00", Optional.empty()));
    values.put(ALICE, value(second, DAY.plusDays(5), "4.00", Optional.empty()));

    assertThat(portfolio.valueOn(ALICE, second.id(), DAY.plusDays(4)).orElseThrow().balance())
        .isEqualByComparingTo("3.00");
    assertThat(portfolio.valueOn(ALICE, second.id(), DAY).orElseThrow().date()).isEqualTo(DAY);
    assertThat(portfolio.valueOn(ALICE, second.id(), DAY.minusDays(11))).isEmpty();
    assertThat(portfolio.valueOn(ALICE, first.id(), DAY.plusDays(100)).orElseThrow().balance())
        .isEqualByComparingTo("1.00");
    assertThat(values.newest(ALICE, second.id()).orElseThrow().date()).isEqualTo(DAY.plusDays(5));
    assertThat(values.newest(ALICE, first.id()).orElseThrow().date()).isEqualTo(DAY.minusDays(30));
  }

  @Test
  void betweenListsTheRangeOldestFirstUpToTheLimit() {
    Account checking = account(ALICE, AccountKind.CHECKING, Optional.empty());
    accounts.add(checking, 10);
    for (int day = 0; day < 10; day++) {
      values.put(ALICE, value(checking, DAY.plusDays(day), day + ".00", Optional.empty()));
    }

    assertThat(values.between(ALICE, checking.id(), DAY.plusDays(2), DAY.plusDays(6), 3))
        .extracting(AccountValue::date)
        .containsExactly(DAY.plusDays(2), DAY.plusDays(3), DAY.plusDays(4));
    assertThat(values.between(ALICE, checking.id(), DAY.plusDays(8), DAY.plusDays(20), 10))
        .extracting(AccountValue::date)
        .containsExactly(DAY.plusDays(8), DAY.plusDays(9));
  }

  private static List<Object> runAll(List<Callable<Object>> tasks) throws Exception {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : pool.invokeAll(tasks)) {
        outcomes.add(future.get());
      }
      return outcomes;
    }
  }

  private Institution institution(String user, Optional<String> bic) {
    return new Institution(ids.next(), user, "Bank " + ids.next(), "DE", bic, now, now);
  }

  private Account account(String user, AccountKind kind, Optional<String> institution) {
    return new Account(ids.next(), user, "Account", kind, "EUR", institution, now, now);
  }

  private Account withInstitution(Account account, Optional<String> institution) {
    return new Account(
        account.id(),
        account.userId(),
        account.name(),
        account.kind(),
        account.currency(),
        institution,
        account.createdAt(),
        account.updatedAt().plusSeconds(1));
  }

  private static Account renamed(Account account, String name, Instant at) {
    return new Account(
        account.id(),
        account.userId(),
        name,
        account.kind(),
        account.currency(),
        account.institutionId(),
        account.createdAt(),
        at);
  }

  private AccountValue value(
      Account account, LocalDate day, String balance, Optional<String> cash) {
    return new AccountValue(
        account.id(), day, new BigDecimal(balance), cash.map(BigDecimal::new), now);
  }

  private Holding holding(String user, Account account, String quantity) {
    return new Holding(
        ids.next(),
        user,
        account.id(),
        "AAPL",
        new BigDecimal(quantity),
        new BigDecimal("150.25"),
        "USD",
        now,
        now);
  }
}
