package com.finflow.identity.aws;

import com.finflow.identity.AccessTokens;
import com.finflow.identity.LoginLimits;
import com.finflow.identity.PasswordPolicy;
import com.finflow.identity.Registration;
import com.finflow.identity.Sessions;
import com.finflow.identity.UserDirectory;
import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;

import java.time.Clock;

/** Builds the identity use cases on DynamoDB and KMS from the function's environment, once per container. */
public final class IdentityWiring {

  private IdentityWiring() {}

  public static AccessTokens accessTokens() {
    KmsTokenSigner signer = new KmsTokenSigner(AwsClients.kms(), Environment.required("SIGNING_KEY_ID"));
    return new AccessTokens(signer, issuer(), audience(), Clock.systemUTC());
  }

  public static Sessions sessions() {
    String table = table();
    return new Sessions(
        new DynamoUserDirectory(AwsClients.dynamoDb(), table),
        new DynamoRefreshTokenStore(AwsClients.dynamoDb(), table),
        new DynamoLoginAttempts(AwsClients.dynamoDb(), table),
        accessTokens(),
        LoginLimits.DEFAULT,
        Clock.systemUTC());
  }

  public static Registration registration() {
    return new Registration(new DynamoUserDirectory(AwsClients.dynamoDb(), table()), new PasswordPolicy(),
        Clock.systemUTC());
  }

  public static UserDirectory directory() {
    return new DynamoUserDirectory(AwsClients.dynamoDb(), table());
  }

  private static String table() {
    return Environment.required("IDENTITY_TABLE");
  }

  private static String issuer() {
    return Environment.optional("TOKEN_ISSUER").orElse("finflow");
  }

  private static String audience() {
    return Environment.optional("TOKEN_AUDIENCE").orElse("finflow-api");
  }
}
