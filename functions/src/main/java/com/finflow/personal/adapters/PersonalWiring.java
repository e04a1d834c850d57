package com.finflow.personal.adapters;

import com.finflow.personal.ChangeTransaction;
import com.finflow.personal.DeleteTransaction;
import com.finflow.personal.GetProfile;
import com.finflow.personal.GetTransaction;
import com.finflow.personal.ListTransactions;
import com.finflow.personal.RecordTransaction;
import com.finflow.personal.TransactionIds;
import com.finflow.personal.UpdateProfile;
import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;
import java.time.Clock;
import java.time.Duration;

/** Builds each personal-finance use case from the function's environment, once per container. */
public final class PersonalWiring {

  private PersonalWiring() {}

  public static GetProfile getProfile() {
    return new GetProfile(store());
  }

  public static UpdateProfile updateProfile() {
    return new UpdateProfile(store());
  }

  public static RecordTransaction recordTransaction() {
    return new RecordTransaction(
        store(),
        new TransactionIds(Clock.systemUTC()),
        Clock.systemUTC(),
        Duration.ofHours(
            Long.parseLong(Environment.optional("IDEMPOTENCY_RETENTION_HOURS").orElse("24"))));
  }

  public static GetTransaction getTransaction() {
    return new GetTransaction(store());
  }

  public static ChangeTransaction changeTransaction() {
    return new ChangeTransaction(store(), Clock.systemUTC());
  }

  public static DeleteTransaction deleteTransaction() {
    return new DeleteTransaction(store());
  }

  public static ListTransactions listTransactions() {
    DynamoPersonalStore store = store();
    return new ListTransactions(store, store);
  }

  private static DynamoPersonalStore store() {
    return new DynamoPersonalStore(AwsClients.dynamoDb(), Environment.required("PERSONAL_TABLE"));
  }
}
