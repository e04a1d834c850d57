package com.finflow.personal.adapters;

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
    return new CreateInstitution(store(), ids(), Clock.systemUTC());
  }

  public static ListInstitutions listInstitutions() {
    return new ListInstitutions(store());
  }

  public static GetInstitution getInstitution() {
    return new GetInstitution(store());
  }

  public static ChangeInstitution changeInstitution() {
    return new ChangeInstitution(store(), Clock.systemUTC());
  }

  public static DeleteInstitution deleteInstitution() {
    return new DeleteInstitution(store());
  }

  public static CreatePersonalAccount createPersonalAccount() {
    return new CreatePersonalAccount(store(), ids(), Clock.systemUTC());
  }

  public static ListPersonalAccounts listPersonalAccounts() {
    DynamoBookStore store = store();
    return new ListPersonalAccounts(store, store);
  }

  public static GetPersonalAccount getPersonalAccount() {
    DynamoBookStore store = store();
    return new GetPersonalAccount(store, store);
  }

  public static ChangePersonalAccount changePersonalAccount() {
    DynamoBookStore store = store();
    return new ChangePersonalAccount(store, store, Clock.systemUTC());
  }

  public static DeletePersonalAccount deletePersonalAccount() {
    return new DeletePersonalAccount(store());
  }

  public static RecordAccountValue recordAccountValue() {
    DynamoBookStore store = store();
    return new RecordAccountValue(store, store, Clock.systemUTC());
  }

  public static ListAccountValues listAccountValues() {
    DynamoBookStore store = store();
    return new ListAccountValues(store, store);
  }

  public static GetAccountValue getAccountValue() {
    DynamoBookStore store = store();
    return new GetAccountValue(store, store);
  }

  public static DeleteAccountValue deleteAccountValue() {
    return new DeleteAccountValue(store());
  }

  public static CreateHolding createHolding() {
    DynamoBookStore store = store();
    return new CreateHolding(
        store, store, PersonalWiring.securityDirectory(), ids(), Clock.systemUTC());
  }

  public static ListHoldings listHoldings() {
    return new ListHoldings(store());
  }

  public static GetHolding getHolding() {
    return new GetHolding(store());
  }

  public static ChangeHolding changeHolding() {
    return new ChangeHolding(store(), Clock.systemUTC());
  }

  public static DeleteHolding deleteHolding() {
    return new DeleteHolding(store());
  }

  /** What a valuation reads of a user's book. */
  static PortfolioBook portfolioBook() {
    return store();
  }

  private static TransactionIds ids() {
    return new TransactionIds(Clock.systemUTC());
  }

  private static DynamoBookStore store() {
    return new DynamoBookStore(AwsClients.dynamoDb(), Environment.required("PERSONAL_TABLE"));
  }
}
