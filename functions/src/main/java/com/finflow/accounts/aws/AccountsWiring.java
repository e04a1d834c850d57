package com.finflow.accounts.aws;

import com.finflow.accounts.SandboxAccounts;
import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;

import java.time.Clock;

/** Builds the account use cases on DynamoDB from the function's environment. */
public final class AccountsWiring {

  private AccountsWiring() {}

  public static SandboxAccounts sandboxAccounts() {
    return new SandboxAccounts(
        new DynamoAccountRegistry(AwsClients.dynamoDb(), Environment.required("ACCOUNTS_TABLE")),
        Clock.systemUTC());
  }
}
