package com.finflow.identity.adapters;

import com.finflow.identity.AccessTokens;
import com.finflow.identity.AddMember;
import com.finflow.identity.Authorizer;
import com.finflow.identity.AuthorizerRehearsal;
import com.finflow.identity.CurrentUser;
import com.finflow.identity.Email;
import com.finflow.identity.Login;
import com.finflow.identity.LoginLimits;
import com.finflow.identity.Logout;
import com.finflow.identity.PasswordHash;
import com.finflow.identity.Refresh;
import com.finflow.identity.Register;
import com.finflow.identity.Role;
import com.finflow.identity.User;
import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;
import com.finflow.shared.lambda.Priming;
import java.time.Clock;
import java.time.Instant;

/**
 * Builds each identity use case on DynamoDB and KMS from the function's environment; a handler
 * calls one of these once, when its container starts.
 */
public final class IdentityWiring {

  private IdentityWiring() {}

  public static Register register() {
    primePasswords();
    return new Register(users(), Clock.systemUTC());
  }

  public static AddMember addMember() {
    primePasswords();
    DynamoUserDirectory users = users();
    return new AddMember(users, users, Clock.systemUTC());
  }

  public static Login login() {
    primePasswords();
    return new Login(
        users(),
        refreshTokens(),
        new DynamoLoginAttempts(AwsClients.dynamoDb(), table()),
        accessTokens(),
        LoginLimits.DEFAULT,
        Clock.systemUTC());
  }

  /**
   * A snapshot of a function that hashes or checks passwords holds Argon2 and the e-mail rules
   * warm: priming refuses its synthetic request before it gets that far.
   */
  private static void primePasswords() {
    Priming.add(
        "PasswordHash",
        () -> {
          PasswordHash.of("priming password").matches("priming password");
          Email.parse("Priming@Example.com");
        });
  }

  public static Refresh refresh() {
    return new Refresh(refreshTokens(), users(), accessTokens(), Clock.systemUTC());
  }

  public static Logout logout() {
    return new Logout(refreshTokens());
  }

  public static CurrentUser currentUser() {
    return new CurrentUser(users());
  }

  public static Authorizer authorizer() {
    return new Authorizer(accessTokens());
  }

  /** See {@link AuthorizerRehearsal}: the issuer and audience are this container's own. */
  public static AuthorizerRehearsal authorizerRehearsal() {
    AccessTokens tokens =
        new AccessTokens(new ThrowawayTokenSigner(), issuer(), audience(), Clock.systemUTC());
    String nobody = "00000000-0000-7000-8000-00000000beef";
    User user =
        new User(nobody, nobody, new Email("priming@example.invalid"), Role.MEMBER, Instant.EPOCH);
    return new AuthorizerRehearsal(new Authorizer(tokens), tokens.issue(user));
  }

  private static AccessTokens accessTokens() {
    KmsTokenSigner signer =
        new KmsTokenSigner(AwsClients.kms(), Environment.required("SIGNING_KEY_ID"));
    return new AccessTokens(signer, issuer(), audience(), Clock.systemUTC());
  }

  private static DynamoUserDirectory users() {
    return new DynamoUserDirectory(AwsClients.dynamoDb(), table());
  }

  private static DynamoRefreshTokenStore refreshTokens() {
    return new DynamoRefreshTokenStore(AwsClients.dynamoDb(), table());
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
