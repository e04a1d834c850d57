package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.Caller;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The use cases of a user's book, on the in-memory fakes. */
class BookTest {

  private static final Caller ALICE = new Caller("alice", "org-1", "member");
  // An admin of the same organization is another user: the book is personal.
  private static final Caller ADMIN = new Caller("admin", "org-1", "admin");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private final InMemoryBook book = new InMemoryBook();
  private final TransactionIds ids = new TransactionIds(Clock.systemUTC());
  private final Clock clock = Clock.systemUTC();

  private final CreateInstitution createInstitution = new CreateInstitution(book, ids, clock);
  private final ListInstitutions listInstitutions = new ListInstitutions(book);
  private final GetInstitution getInstitution = new GetInstitution(book);
  private final ChangeInstitution changeInstitution = new ChangeInstitution(book, clock);
  private final DeleteInstitution deleteInstitution = new DeleteInstitution(book);
  private final CreatePersonalAccount createPersonalAccount =
      new CreatePersonalAccount(book, ids, clock);
  private final ListPersonalAccounts listPersonalAccounts = new ListPersonalAccounts(book, book);
  private final GetPersonalAccount getPersonalAccount = new GetPersonalAccount(book, book);
  private final ChangePersonalAccount changePersonalAccount =
      new ChangePersonalAccount(book, book, clock);
  private final DeletePersonalAccount deletePersonalAccount = new DeletePersonalAccount(book);
  private final RecordAccountValue recordValue = new RecordAccountValue(book, book, clock);
  private final ListAccountValues listValues = new ListAccountValues(book, book);
  private final GetAccountValue getValue = new GetAccountValue(book, book);
  private final DeleteAccountValue deleteValue = new DeleteAccountValue(book);
  private final CreateHolding createHolding =
      new CreateHolding(book, book, new InMemorySecurities(), ids, clock);
  private final ListHoldings listHoldings = new ListHoldings(book);
  private final GetHolding getHolding = new GetHolding(book);
  private final ChangeHolding changeHolding = new ChangeHolding(book, clock);
  private final DeleteHolding deleteHolding = new DeleteHolding(book);

  @Test
  void listsInstitutionsByNameIgnoringCaseAndChangesAndRemovesTheBic() {
    createInstitution.create(ALICE, new NewInstitution("ing", "NL", Optional.empty()));
    InstitutionView deutsche =
        createInstitution.create(
            ALICE, new NewInstitution("Deutsche Bank", "DE", Optional.of("DEUTDEFF")));
    createInstitution.create(ALICE, new NewInstitution("Barclays", "GB", Optional.empty()));

    assertThat(listInstitutions.list(ALICE))
        .extracting(InstitutionView::name)
        .containsExactly("Barclays", "Deutsche Bank", "ing");
    InstitutionView changed =
        changeInstitution.change(
            ALICE,
            deutsche.id(),
            new InstitutionChange(Optional.empty(), Optional.of("LU"), Optional.empty(), true));
    assertThat(changed.bic()).isEmpty();
    assertThat(changed.country()).isEqualTo("LU");
    assertThat(changed.name()).isEqualTo("Deutsche Bank");
    assertThat(getInstitution.get(ALICE, deutsche.id())).isEqualTo(changed);
  }

  @Test
  void anotherUsersBookIsNotFoundAndNotListedEvenByAnAdmin() {
    InstitutionView bank =
        createInstitution.create(ALICE, new NewInstitution("Bank", "DE", Optional.empty()));
    AccountView brokerage = investmentAccount(ALICE);
    recordValue.record(ALICE, brokerage.id(), value("100.00", "5.00"));
    HoldingView holding = createHolding.create(ALICE, aHolding(brokerage.id(), "aapl"));

    assertThatThrownBy(() -> getInstitution.get(ADMIN, bank.id()))
        .isInstanceOf(NoSuchInstitution.class);
    assertThatThrownBy(() -> deleteInstitution.delete(ADMIN, bank.id()))
        .isInstanceOf(NoSuchInstitution.class);
    assertThatThrownBy(() -> getPersonalAccount.get(ADMIN, brokerage.id()))
        .isInstanceOf(NoSuchAccount.class);
    assertThatThrownBy(() -> deletePersonalAccount.delete(ADMIN, brokerage.id()))
        .isInstanceOf(NoSuchAccount.class);
    assertThatThrownBy(() -> getValue.get(ADMIN, brokerage.id(), DAY))
        .isInstanceOf(NoSuchAccount.class);
    assertThatThrownBy(() -> recordValue.record(ADMIN, brokerage.id(), value("1.00", "1.00")))
        .isInstanceOf(NoSuchAccount.class);
    assertThatThrownBy(() -> deleteValue.delete(ADMIN, brokerage.id(), DAY))
        .isInstanceOf(NoSuchAccountValue.class);
    assertThatThrownBy(() -> getHolding.get(ADMIN, holding.id())).isInstanceOf(NoSuchHolding.class);
    assertThatThrownBy(() -> deleteHolding.delete(ADMIN, holding.id()))
        .isInstanceOf(NoSuchHolding.class);
    assertThat(listInstitutions.list(ADMIN)).isEmpty();
    assertThat(listPersonalAccounts.list(ADMIN)).isEmpty();
    assertThat(listHoldings.list(ADMIN, Optional.empty())).isEmpty();
    assertThat(errorsOf(() -> createHolding.create(ADMIN, aHolding(brokerage.id(), "AAPL"))))
        .extracting(FieldError::pointer)
        .containsExactly("/account_id");
    assertThat(
            errorsOf(
                () ->
                    createPersonalAccount.create(
                        ADMIN,
                        new NewAccount(
                            "Mine", AccountKind.CHECKING, "EUR", Optional.of(bank.id())))))
        .containsExactly(
            new FieldError("/institution_id", "is not the id of one of your institutions"));
  }

  @Test
  void anInstitutionInUseIsNotDeletedUntilItsAccountsMoveAway() {
    InstitutionView bank =
        createInstitution.create(ALICE, new NewInstitution("Bank", "DE", Optional.empty()));
    AccountView checking =
        createPersonalAccount.create(
            ALICE, new NewAccount("Checking", AccountKind.CHECKING, "EUR", Optional.of(bank.id())));

    assertThatThrownBy(() -> deleteInstitution.delete(ALICE, bank.id()))
        .isInstanceOf(InstitutionInUse.class);
    assertThat(getInstitution.get(ALICE, bank.id())).isNotNull();

    AccountView detached =
        changePersonalAccount.change(
            ALICE, checking.id(), new AccountChange(Optional.of("Main"), Optional.empty(), true));
    assertThat(detached.institutionId()).isEmpty();
    assertThat(detached.name()).isEqualTo("Main");
    deleteInstitution.delete(ALICE, bank.id());
    assertThatThrownBy(() -> getInstitution.get(ALICE, bank.id()))
        .isInstanceOf(NoSuchInstitution.class);
  }

  @Test
  void anAccountShowsItsNewestValueAsItsCurrentBalance() {
    AccountView checking =
        createPersonalAccount.create(
            ALICE, new NewAccount("Checking", AccountKind.CHECKING, "JPY", Optional.empty()));
    assertThat(checking.currentBalance()).isNull();

    recordValue.record(
        ALICE, checking.id(), new NewAccountValue(DAY, bd("-500"), Optional.empty()));
    recordValue.record(
        ALICE, checking.id(), new NewAccountValue(DAY.minusDays(3), bd("900"), Optional.empty()));

    AccountView.CurrentBalance current =
        getPersonalAccount.get(ALICE, checking.id()).currentBalance();
    assertThat(current.date()).isEqualTo(DAY);
    assertThat(current.balance()).isEqualTo("-500");
    assertThat(listPersonalAccounts.list(ALICE))
        .singleElement()
        .isEqualTo(getPersonalAccount.get(ALICE, checking.id()));
  }

  @Test
  void aDaysValueIsCreatedThenReplacedAndListedOldestFirstInPages() {
    AccountView brokerage = investmentAccount(ALICE);

    assertThat(recordValue.record(ALICE, brokerage.id(), value("10", "2.5")).created()).isTrue();
    RecordAccountValue.Answer replaced =
        recordValue.record(ALICE, brokerage.id(), value("11", "3"));
    assertThat(replaced.created()).isFalse();
    assertThat(replaced.value().balance()).isEqualTo("11.00");
    assertThat(replaced.value().cashBalance()).contains("3.00");
    for (int day = 1; day <= 4; day++) {
      recordValue.record(
          ALICE,
          brokerage.id(),
          new NewAccountValue(DAY.plusDays(day), bd(day + ".00"), Optional.of(bd("0"))));
    }

    ListAccountValues.Page first =
        listValues.list(ALICE, brokerage.id(), new AccountValueQuery(DAY, DAY.plusDays(3), 2));
    assertThat(first.items())
        .extracting(AccountValueView::date)
        .containsExactly(DAY, DAY.plusDays(1));
    assertThat(first.next()).contains(DAY.plusDays(1));
    ListAccountValues.Page last =
        listValues.list(
            ALICE, brokerage.id(), new AccountValueQuery(DAY.plusDays(2), DAY.plusDays(3), 2));
    assertThat(last.items()).hasSize(2);
    assertThat(last.next()).isEmpty();
    deleteValue.delete(ALICE, brokerage.id(), DAY);
    assertThatThrownBy(() -> getValue.get(ALICE, brokerage.id(), DAY))
        .isInstanceOf(NoSuchAccountValue.class);
  }

  @Test
  void refusesAValueThatDoesNotFitTheAccountNamingEveryFieldAndWritesNothing() {
    AccountView brokerage = investmentAccount(ALICE);
    AccountView card =
        createPersonalAccount.create(
            ALICE, new NewAccount("Card", AccountKind.CREDIT_CARD, "JPY", Optional.empty()));

    assertThat(
            errorsOf(
                () ->
                    recordValue.record(
                        ALICE,
                        brokerage.id(),
                        new NewAccountValue(DAY, bd("1.234"), Optional.empty()))))
        .extracting(FieldError::pointer)
        .containsExactly("/balance", "/cash_balance");
    assertThat(
            errorsOf(
                () ->
                    recordValue.record(
                        ALICE,
                        card.id(),
                        new NewAccountValue(DAY, bd("1.5"), Optional.of(bd("1"))))))
        .extracting(FieldError::pointer)
        .containsExactly("/balance", "/cash_balance");
    assertThat(book.newest(ALICE.userId(), brokerage.id())).isEmpty();
    assertThat(book.newest(ALICE.userId(), card.id())).isEmpty();
  }

  @Test
  void anAccountWithHoldingsIsKeptAndOnceEmptyIsDeletedWithItsValues() {
    AccountView brokerage = investmentAccount(ALICE);
    recordValue.record(ALICE, brokerage.id(), value("100", "1"));
    HoldingView holding = createHolding.create(ALICE, aHolding(brokerage.id(), "aapl"));

    assertThatThrownBy(() -> deletePersonalAccount.delete(ALICE, brokerage.id()))
        .isInstanceOf(AccountHasHoldings.class);
    assertThat(getPersonalAccount.get(ALICE, brokerage.id()).currentBalance()).isNotNull();

    deleteHolding.delete(ALICE, holding.id());
    deletePersonalAccount.delete(ALICE, brokerage.id());
    assertThatThrownBy(() -> getPersonalAccount.get(ALICE, brokerage.id()))
        .isInstanceOf(NoSuchAccount.class);
    assertThat(book.valueOn(ALICE.userId(), brokerage.id(), DAY)).isEmpty();
  }

  @Test
  void aHoldingKeepsTheProvidersSpellingAndSeveralLotsOfOneSecurityAreKept() {
    AccountView brokerage = investmentAccount(ALICE);
    AccountView other = investmentAccount(ALICE);

    HoldingView first = createHolding.create(ALICE, aHolding(brokerage.id(), "vwce.de"));
    HoldingView second = createHolding.create(ALICE, aHolding(brokerage.id(), "VWCE.DE"));
    createHolding.create(ALICE, aHolding(other.id(), "AAPL"));

    assertThat(first.symbol()).isEqualTo("VWCE.DE");
    assertThat(first.quantity()).isEqualTo("1.5");
    assertThat(first.costBasis()).isEqualTo("150.00");
    assertThat(listHoldings.list(ALICE, Optional.of(brokerage.id())))
        .extracting(HoldingView::id)
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(listHoldings.list(ALICE, Optional.empty())).hasSize(3);
  }

  @Test
  void refusesAHoldingOnANonInvestmentAccountAndAnUnknownSymbolAtOnce() {
    AccountView savings =
        createPersonalAccount.create(
            ALICE, new NewAccount("Savings", AccountKind.SAVINGS, "EUR", Optional.empty()));

    assertThat(errorsOf(() -> createHolding.create(ALICE, aHolding(savings.id(), "NOPE"))))
        .containsExactly(
            new FieldError("/account_id", "must be an investment account"),
            new FieldError("/symbol", "is not a security the price source knows"));
    assertThat(listHoldings.list(ALICE, Optional.empty())).isEmpty();
  }

  @Test
  void changesAHoldingsQuantityAndRefusesACurrencyTooCoarseForTheCost() {
    AccountView brokerage = investmentAccount(ALICE);
    HoldingView holding =
        createHolding.create(
            ALICE, new NewHolding(brokerage.id(), "AAPL", bd("2"), bd("10.50"), "USD"));

    HoldingView changed =
        changeHolding.change(
            ALICE,
            holding.id(),
            new HoldingChange(Optional.of(bd("3.25")), Optional.empty(), Optional.empty()));
    assertThat(changed.quantity()).isEqualTo("3.25");
    assertThat(changed.costBasis()).isEqualTo("10.50");
    assertThatThrownBy(
            () ->
                changeHolding.change(
                    ALICE,
                    holding.id(),
                    new HoldingChange(Optional.empty(), Optional.empty(), Optional.of("JPY"))))
        .isInstanceOf(AmountTooPrecise.class);
    assertThat(getHolding.get(ALICE, holding.id())).isEqualTo(changed);
  }

  @Test
  void refusesTheInstitutionBeyondTheLimit() {
    for (int i = 0; i < CreateInstitution.MAX_PER_USER; i++) {
      createInstitution.create(ALICE, new NewInstitution("Bank " + i, "DE", Optional.empty()));
    }

    assertThatThrownBy(
            () ->
                createInstitution.create(
                    ALICE, new NewInstitution("One more", "DE", Optional.empty())))
        .isInstanceOf(BookLimitReached.class);
    assertThat(createInstitution.create(ADMIN, new NewInstitution("Own", "DE", Optional.empty())))
        .isNotNull();
  }

  private AccountView investmentAccount(Caller caller) {
    return createPersonalAccount.create(
        caller, new NewAccount("Brokerage", AccountKind.INVESTMENT, "EUR", Optional.empty()));
  }

  private static NewAccountValue value(String balance, String cash) {
    return new NewAccountValue(DAY, bd(balance), Optional.of(bd(cash)));
  }

  private static NewHolding aHolding(String accountId, String symbol) {
    return new NewHolding(accountId, symbol, bd("1.50000000"), bd("150"), "EUR");
  }

  private static BigDecimal bd(String text) {
    return new BigDecimal(text);
  }

  private static java.util.List<FieldError> errorsOf(Runnable action) {
    InvalidInput invalid = catchThrowableOfType(InvalidInput.class, action::run);
    assertThat(invalid).isNotNull();
    return invalid.fieldErrors();
  }
}
