package com.finflow.personal.adapters;

import com.finflow.personal.AccountValues;
import com.finflow.personal.Accounts;
import com.finflow.personal.ChangeHolding;
import com.finflow.personal.ChangeInstitution;
import com.finflow.personal.ChangePersonalAccount;
import com.finflow.personal.CreateHolding;
import com.finflow.personal.CreateInstitution;
import com.finflow.personal.CreatePersonalAccount;
import com.finflow.personal.DeleteAccountValue;
import com.finflow.personal.DeleteHolding;
import com.finflow.personal.DeleteInstitution;
import com.finflow.personal.DeletePersonalAccount;
import com.finflow.personal.GetAccountValue;
import com.finflow.personal.GetHolding;
import com.finflow.personal.GetInstitution;
import com.finflow.personal.GetPersonalAccount;
import com.finflow.personal.Holdings;
import com.finflow.personal.Institutions;
import com.finflow.personal.ListAccountValues;
import com.finflow.personal.ListHoldings;
import com.finflow.personal.ListInstitutions;
import com.finflow.personal.ListPersonalAccounts;
import com.finflow.personal.PortfolioBook;
import com.finflow.personal.RecordAccountValue;
import com.finflow.personal.TransactionIds;
import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;
import java.time.Clock;

/**
 * Builds the use cases of a user's book (institutions, accounts, values, holdings) from the
 * function's environment, once per container.
 */
public final class BookWiring {

  private BookWiring() {}

  public static CreateInstitution createInstitution() {
    return new CreateInstitution(institutions(), ids(), Clock.systemUTC());
  }

  public static ListInstitutions listInstitutions() {
    return new ListInstitutions(institutions());
  }

  public static GetInstitution getInstitution() {
    return new GetInstitution(institutions());
  }

  public static ChangeInstitution changeInstitution() {
    return new ChangeInstitution(institutions(), Clock.systemUTC());
  }

  public static DeleteInstitution deleteInstitution() {
    return new DeleteInstitution(institutions());
  }

  public static CreatePersonalAccount createPersonalAccount() {
    return new CreatePersonalAccount(accounts(), ids(), Clock.systemUTC());
  }

  public static ListPersonalAccounts listPersonalAccounts() {
    BookTable table = table();
    return new ListPersonalAccounts(new DynamoBookAccounts(table), new DynamoAccountValues(table));
  }

  public static GetPersonalAccount getPersonalAccount() {
    BookTable table = table();
    return new GetPersonalAccount(new DynamoBookAccounts(table), new DynamoAccountValues(table));
  }

  public static ChangePersonalAccount changePersonalAccount() {
    BookTable table = table();
    return new ChangePersonalAccount(
        new DynamoBookAccounts(table), new DynamoAccountValues(table), Clock.systemUTC());
  }

  public static DeletePersonalAccount deletePersonalAccount() {
    return new DeletePersonalAccount(accounts());
  }

  public static RecordAccountValue recordAccountValue() {
    BookTable table = table();
    return new RecordAccountValue(
        new DynamoBookAccounts(table), new DynamoAccountValues(table), Clock.systemUTC());
  }

  public static ListAccountValues listAccountValues() {
    BookTable table = table();
    return new ListAccountValues(new DynamoBookAccounts(table), new DynamoAccountValues(table));
  }

  public static GetAccountValue getAccountValue() {
    BookTable table = table();
    return new GetAccountValue(new DynamoBookAccounts(table), new DynamoAccountValues(table));
  }

  public static DeleteAccountValue deleteAccountValue() {
    return new DeleteAccountValue(values());
  }

  public static CreateHolding createHolding() {
    BookTable table = table();
    return new CreateHolding(
        new DynamoBookAccounts(table),
        new DynamoHoldings(table),
        PersonalWiring.securityDirectory(),
        ids(),
        Clock.systemUTC());
  }

  public static ListHoldings listHoldings() {
    return new ListHoldings(holdings());
  }

  public static GetHolding getHolding() {
    return new GetHolding(holdings());
  }

  public static ChangeHolding changeHolding() {
    return new ChangeHolding(holdings(), Clock.systemUTC());
  }

  public static DeleteHolding deleteHolding() {
    return new DeleteHolding(holdings());
  }

  /** What a valuation reads of a user's book. */
  static PortfolioBook portfolioBook() {
    return new DynamoPortfolioBook(table());
  }

  private static TransactionIds ids() {
    return new TransactionIds(Clock.systemUTC());
  }

  private static Institutions institutions() {
    return new DynamoInstitutions(table());
  }

  private static Accounts accounts() {
    return new DynamoBookAccounts(table());
  }

  private static AccountValues values() {
    return new DynamoAccountValues(table());
  }

  private static Holdings holdings() {
    return new DynamoHoldings(table());
  }

  private static BookTable table() {
    return new BookTable(AwsClients.dynamoDb(), Environment.required("PERSONAL_TABLE"));
  }
}
