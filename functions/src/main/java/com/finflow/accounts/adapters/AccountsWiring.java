package com.finflow.accounts.adapters;

import com.finflow.accounts.GetAccount;
import com.finflow.accounts.OpenAccount;
import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;
import java.time.Clock;

/** Builds each account use case on DynamoDB from the function's environment, once per container. */
public final class AccountsWiring {

  private AccountsWiring() {}

  public static OpenAccount openAccount() {
    return new OpenAccount(registry(), Clock.systemUTC());
  }

  public static GetAccount getAccount() {
    return new GetAccount(registry());
  }

  private static DynamoAccountRegistry registry() {
    return new DynamoAccountRegistry(AwsClients.dynamoDb(), Environment.required("ACCOUNTS_TABLE"));
  }
}
