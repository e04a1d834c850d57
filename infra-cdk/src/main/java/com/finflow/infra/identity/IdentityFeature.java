package com.finflow.infra.identity;

import com.finflow.infra.FinflowStack;
import com.finflow.infra.compute.JavaFunction;
import com.finflow.infra.compute.JavaFunctionProps;
import com.finflow.infra.storage.EncryptedTable;
import com.finflow.infra.storage.EncryptedTableProps;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.amazon.awscdk.services.dynamodb.AttributeType;

/**
 * Users, organizations and sessions; the Lambda authorizer every protected route uses; and the
 * sandbox bank accounts that bulk transfers debit.
 */
public final class IdentityFeature implements FinflowStack.Feature {

  /**
   * CDK context key: {@code false} leaves out the sandbox-only routes (opening accounts with any
   * balance).
   */
  public static final String SANDBOX_CONTEXT_KEY = "finflow:sandbox";

  static final String AUTH_IS_PUBLIC =
      "Registration, sign-in, refresh and sign-out are how a caller obtains "
          + "or gives up a token, so they cannot require one; they are throttled per account and address.";

  private static final String GET = "dynamodb:GetItem";
  private static final String PUT = "dynamodb:PutItem";
  private static final String UPDATE = "dynamodb:UpdateItem";
  private static final String DELETE = "dynamodb:DeleteItem";
  private static final String CONDITION_CHECK = "dynamodb:ConditionCheckItem";

  private IHttpRouteAuthorizer authorizer;
  private EncryptedTable accounts;

  @Override
  public String name() {
    return "Identity";
  }

  @Override
  public void addTo(FinflowStack stack) {
    var identity =
        stack.table(
            "IdentityTable",
            EncryptedTableProps.withPartitionKey("pk", AttributeType.STRING)
                .withTimeToLive("expires_at"));
    accounts =
        stack.table(
            "AccountsTable", EncryptedTableProps.withPartitionKey("iban", AttributeType.STRING));
    var signingKey = new TokenSigningKey(stack.scope(), "TokenSigningKey").key();
    var identityEnvironment =
        Map.of(
            "IDENTITY_TABLE", identity.table().getTableName(),
            "SIGNING_KEY_ID", signingKey.getKeyId());

    var authorizerFunction =
        stack.function(
            "Authorizer", props("AuthorizerHandler", identityEnvironment).withMemorySize(512));
    signingKey.grant(authorizerFunction.function(), "kms:GetPublicKey");
    authorizer = stack.routes().lambdaAuthorizer("AccessTokenAuthorizer", authorizerFunction);

    var register = stack.function("Register", props("RegisterHandler", identityEnvironment));
    identity.grantItemActions(register.function(), PUT, CONDITION_CHECK);
    stack.routes().publicRoute(HttpMethod.POST, "/auth/register", register, AUTH_IS_PUBLIC);

    var login = stack.function("Login", props("LoginHandler", identityEnvironment));
    identity.grantItemActions(login.function(), GET, PUT, UPDATE, DELETE, CONDITION_CHECK);
    signingKey.grant(login.function(), "kms:Sign", "kms:GetPublicKey");
    stack.routes().publicRoute(HttpMethod.POST, "/auth/login", login, AUTH_IS_PUBLIC);

    var refresh = stack.function("Refresh", props("RefreshHandler", identityEnvironment));
    identity.grantItemActions(refresh.function(), GET, PUT, UPDATE, CONDITION_CHECK);
    signingKey.grant(refresh.function(), "kms:Sign", "kms:GetPublicKey");
    stack.routes().publicRoute(HttpMethod.POST, "/auth/refresh", refresh, AUTH_IS_PUBLIC);

    var logout = stack.function("Logout", props("LogoutHandler", identityEnvironment));
    identity.grantItemActions(logout.function(), GET, UPDATE);
    stack.routes().publicRoute(HttpMethod.POST, "/auth/logout", logout, AUTH_IS_PUBLIC);

    var currentUser =
        stack.function("CurrentUser", props("CurrentUserHandler", identityEnvironment));
    identity.grantItemActions(currentUser.function(), GET);
    protect(stack, HttpMethod.GET, "/users/me", currentUser);

    var addMember = stack.function("AddMember", props("AddMemberHandler", identityEnvironment));
    identity.grantItemActions(addMember.function(), GET, PUT, CONDITION_CHECK);
    protect(stack, HttpMethod.POST, "/organizations/me/members", addMember);

    var accountsEnvironment = Map.of("ACCOUNTS_TABLE", accounts.table().getTableName());
    if (sandboxEnabled(stack)) {
      var openAccount =
          stack.function(
              "OpenAccount",
              JavaFunctionProps.of(
                      "com.finflow.accounts.lambda.OpenAccountHandler::handleRequest",
                      Duration.seconds(10))
                  .withEnvironment(accountsEnvironment));
      accounts.grantItemActions(openAccount.function(), PUT);
      protect(stack, HttpMethod.POST, "/accounts", openAccount);
    }
    var getAccount =
        stack.function(
            "GetAccount",
            JavaFunctionProps.of(
                    "com.finflow.accounts.lambda.GetAccountHandler::handleRequest",
                    Duration.seconds(10))
                .withEnvironment(accountsEnvironment));
    accounts.grantItemActions(getAccount.function(), GET);
    protect(stack, HttpMethod.GET, "/accounts/{iban}", getAccount);
  }

  /** The authorizer, for the features added after this one. */
  public IHttpRouteAuthorizer authorizer() {
    if (authorizer == null) {
      throw new IllegalStateException(
          "the identity feature must be added to the stack before features that use its authorizer");
    }
    return authorizer;
  }

  /** The bank accounts, which bulk transfers reserve funds on and debit. */
  public EncryptedTable accountsTable() {
    if (accounts == null) {
      throw new IllegalStateException(
          "the identity feature must be added to the stack before features that use its accounts");
    }
    return accounts;
  }

  private void protect(FinflowStack stack, HttpMethod method, String path, JavaFunction handler) {
    stack.routes().protectedRoute(method, path, handler, authorizer);
  }

  private static JavaFunctionProps props(String handlerClass, Map<String, String> environment) {
    return JavaFunctionProps.of(
            "com.finflow.identity.lambda." + handlerClass + "::handleRequest", Duration.seconds(10))
        .withEnvironment(environment);
  }

  private static boolean sandboxEnabled(FinflowStack stack) {
    Object flag = stack.getNode().tryGetContext(SANDBOX_CONTEXT_KEY);
    return flag == null || !"false".equalsIgnoreCase(flag.toString());
  }
}
