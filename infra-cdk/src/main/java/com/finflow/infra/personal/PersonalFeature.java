package com.finflow.infra.personal;

import com.finflow.infra.FinflowStack;
import com.finflow.infra.compute.JavaFunction;
import com.finflow.infra.compute.JavaFunctionProps;
import com.finflow.infra.identity.IdentityFeature;
import com.finflow.infra.messaging.QueueWithDeadLetterProps;
import com.finflow.infra.security.PriceSourceKeySecret;
import com.finflow.infra.security.SecretReadAccess;
import com.finflow.infra.storage.EncryptedTable;
import com.finflow.infra.storage.EncryptedTableProps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * Personal finance: a user's profile, transactions, institutions, accounts, values and holdings, in
 * one table whose partition key is the user, so that no request can reach another user's items; and
 * the reference rates, securities and prices valuations use, kept in the same table under
 * partitions no user key can name. One function per route, each granted only the item actions it
 * performs.
 */
public final class PersonalFeature implements FinflowStack.Feature {

  private static final String GET = "dynamodb:GetItem";
  private static final String PUT = "dynamodb:PutItem";
  private static final String QUERY = "dynamodb:Query";
  private static final String DELETE = "dynamodb:DeleteItem";
  private static final String BATCH_WRITE = "dynamodb:BatchWriteItem";
  private static final String UPDATE = "dynamodb:UpdateItem";
  private static final String CONDITION_CHECK = "dynamodb:ConditionCheckItem";
  private static final Duration TIMEOUT = Duration.seconds(10);
  // The first run reads the ECB's whole history (about 7,000 days) and keeps it.
  private static final Duration REFRESH_TIMEOUT = Duration.minutes(5);
  private static final int REFRESH_MEMORY_MB = 1024;
  private static final Duration REFRESH_ANALYTICS_TIMEOUT = Duration.minutes(2);
  // Requests of one user in a batch mostly find the view already current after the first.
  private static final int REFRESH_BATCH_SIZE = 10;
  private static final String HANDLERS = "com.finflow.personal.lambda.";

  /** Context key: where securities and prices are read (default: Alpha Vantage). */
  public static final String PRICE_SOURCE_CONTEXT_KEY = "finflow:priceSourceUrl";

  static final String ALPHA_VANTAGE = "https://www.alphavantage.co/";

  private static final String BATCH_GET = "dynamodb:BatchGetItem";
  // A request may wait on another's fetch of the same prices for up to 25 seconds.
  private static final Duration PRICES_TIMEOUT = Duration.seconds(29);

  /** Context key: where the reference rates are read (default: the ECB's public files). */
  public static final String FX_SOURCE_CONTEXT_KEY = "finflow:fxSourceUrl";

  static final String ECB_REFERENCE_RATES = "https://www.ecb.europa.eu/stats/eurofxref/";

  private final IdentityFeature identity;

  public PersonalFeature(IdentityFeature identity) {
    this.identity = identity;
  }

  @Override
  public String name() {
    return "Personal";
  }

  @Override
  public void addTo(FinflowStack stack) {
    EncryptedTable personal =
        stack.table(
            "PersonalTable",
            EncryptedTableProps.withPartitionKey("pk", AttributeType.STRING)
                .withSortKey("sk", AttributeType.STRING)
                // Idempotency claims of created transactions expire.
                .withTimeToLive("expires_at"));
    // Every write asks the refresher to bring the user's analytics view up to it.
    var analyticsQueue =
        stack.queue(
            "AnalyticsQueue",
            QueueWithDeadLetterProps.forConsumerTimeout(REFRESH_ANALYTICS_TIMEOUT));
    Map<String, String> environment =
        Map.of(
            "PERSONAL_TABLE", personal.table().getTableName(),
            "IDEMPOTENCY_RETENTION_HOURS", "24",
            "ANALYTICS_QUEUE_URL", analyticsQueue.queue().getQueueUrl());

    var getProfile = function(stack, "GetProfile", environment);
    personal.grantItemActions(getProfile.function(), GET);
    route(stack, HttpMethod.GET, "/me/profile", getProfile);

    var updateProfile = function(stack, "UpdateProfile", environment);
    personal.grantItemActions(updateProfile.function(), GET, PUT);
    analyticsQueue.grantSend(updateProfile.function());
    route(stack, HttpMethod.PATCH, "/me/profile", updateProfile);

    var record = function(stack, "RecordTransaction", environment);
    // PutItem through TransactWriteItems (the idempotency claim and the transaction), GetItem to
    // read a claim back.
    personal.grantItemActions(record.function(), GET, PUT);
    analyticsQueue.grantSend(record.function());
    route(stack, HttpMethod.POST, "/me/transactions", record);

    var list = function(stack, "ListTransactions", environment);
    // GetItem: the profile's time zone gives the days of from and to.
    personal.grantItemActions(list.function(), GET, QUERY);
    route(stack, HttpMethod.GET, "/me/transactions", list);

    var get = function(stack, "GetTransaction", environment);
    personal.grantItemActions(get.function(), GET);
    route(stack, HttpMethod.GET, "/me/transactions/{transaction_id}", get);

    var change = function(stack, "ChangeTransaction", environment);
    personal.grantItemActions(change.function(), GET, PUT);
    analyticsQueue.grantSend(change.function());
    route(stack, HttpMethod.PATCH, "/me/transactions/{transaction_id}", change);

    var delete = function(stack, "DeleteTransaction", environment);
    // PutItem: the user's write mark.
    personal.grantItemActions(delete.function(), PUT, DELETE);
    analyticsQueue.grantSend(delete.function());
    route(stack, HttpMethod.DELETE, "/me/transactions/{transaction_id}", delete);

    var priceSourceKey =
        new PriceSourceKeySecret(stack.scope(), "PriceSourceKey", stack.shared().key()).secret();
    Map<String, String> marketEnvironment = new HashMap<>(environment);
    marketEnvironment.put("PRICE_SOURCE_URL", priceSourceUrl(stack));
    marketEnvironment.put("PRICE_SOURCE_KEY_SECRET_ARN", priceSourceKey.getSecretArn());
    addBook(stack, personal, environment);
    // A holding's symbol is looked up at the price source (and the security kept).
    var createHolding = function(stack, "CreateHolding", marketEnvironment);
    personal.grantItemActions(createHolding.function(), GET, PUT, UPDATE);
    SecretReadAccess.grant(priceSourceKey, stack.shared().key(), createHolding.function());
    route(stack, HttpMethod.POST, "/me/holdings", createHolding);

    var analytics = function(stack, "GetAnalytics", environment);
    // Sends a refresh request when a view has stayed stale (its request lost to a crash).
    personal.grantItemActions(analytics.function(), GET, QUERY);
    analyticsQueue.grantSend(analytics.function());
    route(stack, HttpMethod.GET, "/me/analytics", analytics);

    var refreshAnalytics =
        stack.function(
            "RefreshAnalytics",
            JavaFunctionProps.of(
                    HANDLERS + "RefreshAnalyticsHandler::handleRequest", REFRESH_ANALYTICS_TIMEOUT)
                .withMemorySize(REFRESH_MEMORY_MB)
                .withEnvironment(environment));
    // Reads the user's transactions, profile and rates; puts a generation, deletes the old one.
    personal.grantItemActions(refreshAnalytics.function(), GET, QUERY, PUT, DELETE);
    analyticsQueue.consumedBy(refreshAnalytics, REFRESH_BATCH_SIZE);

    // Currencies and the ECB's reference rates, kept in the same table under their own partition.
    var listCurrencies = function(stack, "ListCurrencies", Map.of());
    route(stack, HttpMethod.GET, "/currencies", listCurrencies);

    var getRates = function(stack, "GetRates", environment);
    personal.grantItemActions(getRates.function(), QUERY);
    route(stack, HttpMethod.GET, "/currencies/{code}/rates", getRates);

    Map<String, String> refreshEnvironment = new HashMap<>(environment);
    refreshEnvironment.put("FX_SOURCE_URL", fxSourceUrl(stack));
    var refreshRates =
        stack.function(
            "RefreshRates",
            JavaFunctionProps.of(HANDLERS + "RefreshRatesHandler::handleRequest", REFRESH_TIMEOUT)
                .withMemorySize(REFRESH_MEMORY_MB)
                .withEnvironment(refreshEnvironment));
    personal.grantItemActions(refreshRates.function(), QUERY, UPDATE);
    // The ECB publishes once a working day, around 16:00 CET; hourly keeps the lag under an hour.
    Rule.Builder.create(stack.scope(), "RefreshRatesSchedule")
        .description("Keeps the ECB's euro reference rates published since the newest kept")
        .schedule(Schedule.rate(Duration.hours(1)))
        .targets(List.of(new LambdaFunction(refreshRates.alias())))
        .build();

    addMarketData(stack, personal, marketEnvironment, priceSourceKey);
  }

  /**
   * Securities and their prices from the market-data provider, cached in the personal table under
   * partitions of their own, and the portfolio valued with them. Any signed-in user may look up
   * securities; a portfolio is the caller's own.
   */
  private void addMarketData(
      FinflowStack stack, EncryptedTable personal, Map<String, String> environment, ISecret key) {

    var search = function(stack, "SearchSecurities", environment);
    personal.grantItemActions(search.function(), GET, PUT);
    SecretReadAccess.grant(key, stack.shared().key(), search.function());
    route(stack, HttpMethod.GET, "/securities", search);

    var security = function(stack, "GetSecurity", environment);
    personal.grantItemActions(security.function(), GET, PUT);
    SecretReadAccess.grant(key, stack.shared().key(), security.function());
    route(stack, HttpMethod.GET, "/securities/{symbol}", security);

    // Claims a month (UpdateItem), keeps it (PutItem), reads months (BatchGetItem).
    var prices = pricesFunction(stack, "GetPrices", environment);
    personal.grantItemActions(prices.function(), GET, PUT, UPDATE, BATCH_GET);
    SecretReadAccess.grant(key, stack.shared().key(), prices.function());
    route(stack, HttpMethod.GET, "/securities/{symbol}/prices", prices);

    // Also reads the caller's profile, accounts, values and holdings, and the rates (Query).
    var portfolio = pricesFunction(stack, "GetPortfolio", environment);
    personal.grantItemActions(portfolio.function(), GET, PUT, UPDATE, BATCH_GET, QUERY);
    SecretReadAccess.grant(key, stack.shared().key(), portfolio.function());
    route(stack, HttpMethod.GET, "/me/portfolio", portfolio);

    var refresh =
        stack.function(
            "RefreshPrices",
            JavaFunctionProps.of(HANDLERS + "RefreshPricesHandler::handleRequest", REFRESH_TIMEOUT)
                .withEnvironment(environment));
    // Lists the symbols in use (Query), claims and keeps their current month.
    personal.grantItemActions(refresh.function(), QUERY, PUT, UPDATE);
    SecretReadAccess.grant(key, stack.shared().key(), refresh.function());
    // Every six hours, the current month's freshness: a day's close is kept within six hours of
    // its publication, whatever the exchange's time zone.
    Rule.Builder.create(stack.scope(), "RefreshPricesSchedule")
        .description("Fetches the current month's prices again for every symbol in use")
        .schedule(Schedule.rate(Duration.hours(6)))
        .targets(List.of(new LambdaFunction(refresh.alias())))
        .build();
  }

  private static String priceSourceUrl(FinflowStack stack) {
    Object configured = stack.getNode().tryGetContext(PRICE_SOURCE_CONTEXT_KEY);
    return configured == null ? ALPHA_VANTAGE : configured.toString();
  }

  private static JavaFunction pricesFunction(
      FinflowStack stack, String id, Map<String, String> environment) {
    return stack.function(
        id,
        JavaFunctionProps.of(HANDLERS + id + "Handler::handleRequest", PRICES_TIMEOUT)
            .withEnvironment(environment));
  }

  /**
   * A user's institutions, accounts, dated values and holdings. Writes go through transactions that
   * keep reference counts and limits on the items they guard (UpdateItem), check an account exists
   * (ConditionCheckItem) and read an item back to explain a refusal (GetItem).
   */
  private void addBook(FinflowStack stack, EncryptedTable personal, Map<String, String> env) {
    String institutions = "/me/institutions";
    String institution = institutions + "/{institution_id}";
    bookRoute(
        stack, personal, env, "CreateInstitution", HttpMethod.POST, institutions, PUT, UPDATE);
    bookRoute(stack, personal, env, "ListInstitutions", HttpMethod.GET, institutions, QUERY);
    bookRoute(stack, personal, env, "GetInstitution", HttpMethod.GET, institution, GET);
    bookRoute(
        stack, personal, env, "ChangeInstitution", HttpMethod.PATCH, institution, GET, UPDATE);
    bookRoute(
        stack,
        personal,
        env,
        "DeleteInstitution",
        HttpMethod.DELETE,
        institution,
        GET,
        DELETE,
        UPDATE);

    String accounts = "/me/accounts";
    String account = accounts + "/{account_id}";
    bookRoute(
        stack, personal, env, "CreatePersonalAccount", HttpMethod.POST, accounts, PUT, UPDATE);
    bookRoute(stack, personal, env, "ListPersonalAccounts", HttpMethod.GET, accounts, QUERY);
    bookRoute(stack, personal, env, "GetPersonalAccount", HttpMethod.GET, account, GET, QUERY);
    bookRoute(
        stack,
        personal,
        env,
        "ChangePersonalAccount",
        HttpMethod.PATCH,
        account,
        GET,
        QUERY,
        UPDATE);
    // BatchWriteItem: the account's values are swept once the account is gone.
    bookRoute(
        stack,
        personal,
        env,
        "DeletePersonalAccount",
        HttpMethod.DELETE,
        account,
        GET,
        QUERY,
        DELETE,
        UPDATE,
        BATCH_WRITE);

    String values = account + "/values";
    String value = values + "/{date}";
    bookRoute(
        stack,
        personal,
        env,
        "RecordAccountValue",
        HttpMethod.PUT,
        value,
        GET,
        PUT,
        CONDITION_CHECK);
    bookRoute(stack, personal, env, "ListAccountValues", HttpMethod.GET, values, GET, QUERY);
    bookRoute(stack, personal, env, "GetAccountValue", HttpMethod.GET, value, GET);
    bookRoute(stack, personal, env, "DeleteAccountValue", HttpMethod.DELETE, value, DELETE);

    String holdings = "/me/holdings";
    String holding = holdings + "/{holding_id}";
    bookRoute(stack, personal, env, "ListHoldings", HttpMethod.GET, holdings, QUERY);
    bookRoute(stack, personal, env, "GetHolding", HttpMethod.GET, holding, GET);
    bookRoute(stack, personal, env, "ChangeHolding", HttpMethod.PATCH, holding, GET, PUT);
    bookRoute(
        stack, personal, env, "DeleteHolding", HttpMethod.DELETE, holding, GET, DELETE, UPDATE);
  }

  private void bookRoute(
      FinflowStack stack,
      EncryptedTable personal,
      Map<String, String> environment,
      String flow,
      HttpMethod method,
      String path,
      String... actions) {
    var function = function(stack, flow, environment);
    personal.grantItemActions(function.function(), actions);
    route(stack, method, path, function);
  }

  private static String fxSourceUrl(FinflowStack stack) {
    Object configured = stack.getNode().tryGetContext(FX_SOURCE_CONTEXT_KEY);
    return configured == null ? ECB_REFERENCE_RATES : configured.toString();
  }

  private void route(FinflowStack stack, HttpMethod method, String path, JavaFunction function) {
    stack.routes().protectedRoute(method, path, function, identity.authorizer());
  }

  /**
   * A personal-finance function named after its flow: {@code X} runs {@code
   * personal.lambda.XHandler}, use case {@code X}.
   */
  private static JavaFunction function(
      FinflowStack stack, String id, Map<String, String> environment) {
    return stack.function(
        id,
        JavaFunctionProps.of(HANDLERS + id + "Handler::handleRequest", TIMEOUT)
            .withEnvironment(environment));
  }
}
