package com.finflow.infra.cashflow;

import com.finflow.infra.FinflowStack;
import com.finflow.infra.compute.JavaFunction;
import com.finflow.infra.compute.JavaFunctionProps;
import com.finflow.infra.identity.IdentityFeature;
import com.finflow.infra.messaging.QueueWithDeadLetterProps;
import com.finflow.infra.security.PrefixedSecretsAccess;
import com.finflow.infra.storage.EncryptedTableProps;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;

/**
 * Cashflow monitoring: companies, exchange rates and SEPA/SWIFT batches in (over HTTP, or straight
 * onto the ingestion queue by automation), balances, series and quarantined rows out. One table
 * holds companies, rates, each batch's progress and journal, the batch-payment groups and the
 * aggregates; the ingestion queue applies each batch exactly once, the release queue counts the
 * rows that waited for an exchange rate once it arrives. Members read, admins write: the use cases
 * check the caller's role, the authorizer checks the caller.
 */
public final class CashflowFeature implements FinflowStack.Feature {

  /** The stack output automation reads to feed batches straight onto the ingestion queue. */
  public static final String INGESTION_QUEUE_OUTPUT = "CashflowIngestionQueueUrl";

  private static final String GET = "dynamodb:GetItem";
  private static final String BATCH_GET = "dynamodb:BatchGetItem";
  private static final String QUERY = "dynamodb:Query";
  private static final String PUT = "dynamodb:PutItem";
  private static final String UPDATE = "dynamodb:UpdateItem";
  private static final String DELETE = "dynamodb:DeleteItem";
  private static final String CONDITION_CHECK = "dynamodb:ConditionCheckItem";
  private static final Duration HTTP_TIMEOUT = Duration.seconds(10);
  // A 5,000-row batch is about 60 transactions of up to 100 items each.
  private static final Duration INGESTION_TIMEOUT = Duration.seconds(120);
  private static final Duration RELEASE_TIMEOUT = Duration.seconds(120);
  // Each message is up to 1 MiB; Lambda's 6 MB event limit leaves room for four and their escaping.
  private static final int INGESTION_BATCH_SIZE = 4;
  private static final int RELEASE_BATCH_SIZE = 10;
  private static final int WORKER_MEMORY_MB = 2048;
  // A run pulls until a few seconds before this, then the next one goes on.
  private static final Duration PULL_TIMEOUT = Duration.minutes(5);
  static final String FEED_SECRETS_PREFIX = "finflow/cashflow-feeds/";
  static final String FEED_SECRETS_ARE_PER_FEED =
      "One API key secret per feed, created when an admin registers the feed, so their names"
          + " (finflow/cashflow-feeds/<organization>/<feed>) are known only at run time; the grant is"
          + " limited to that prefix.";

  static final String DASHBOARD_IS_PUBLIC =
      "The dashboard's sign-in page and its static script and stylesheet: no data, and a browser"
          + " cannot send a token before it has signed in. Every call the page makes is authorized.";

  /** Published by PullFeeds in the embedded metric format: the largest lag of a feed, seconds. */
  public static final String FEED_LAG_NAMESPACE = "Finflow/Cashflow";

  public static final String FEED_LAG_METRIC = "FeedLagSeconds";

  /** Context key: minutes without a feed advancing before the alarm fires (default 60). */
  public static final String STALE_FEED_CONTEXT_KEY = "finflow:feedStaleAfterMinutes";

  private final IdentityFeature identity;

  public CashflowFeature(IdentityFeature identity) {
    this.identity = identity;
  }

  @Override
  public String name() {
    return "Cashflow";
  }

  @Override
  public void addTo(FinflowStack stack) {
    var table =
        stack.table(
            "CashflowTable",
            EncryptedTableProps.withPartitionKey("pk", AttributeType.STRING)
                .withSortKey("sk", AttributeType.STRING)
                // A finished batch's journal is only kept while a late redelivery may need it.
                .withTimeToLive("expires_at"));
    // 1 MiB, so that a 1 MB HTTP batch, re-encoded without whitespace, fits in one message.
    var ingestionQueue =
        stack.queue(
            "CashflowIngestionQueue",
            QueueWithDeadLetterProps.forConsumerTimeout(INGESTION_TIMEOUT)
                .withMaxMessageSizeBytes(QueueWithDeadLetterProps.LARGEST_MAX_MESSAGE_SIZE_BYTES));
    var releaseQueue =
        stack.queue(
            "CashflowReleaseQueue", QueueWithDeadLetterProps.forConsumerTimeout(RELEASE_TIMEOUT));
    var environment =
        Map.of(
            "CASHFLOW_TABLE", table.table().getTableName(),
            "CASHFLOW_INGESTION_QUEUE_URL", ingestionQueue.queue().getQueueUrl(),
            "CASHFLOW_RELEASE_QUEUE_URL", releaseQueue.queue().getQueueUrl());

    var registerCompany = http(stack, "RegisterCompany", environment);
    // Company and IBAN items written in one transaction, each under a condition.
    table.grantItemActions(registerCompany.function(), GET, QUERY, PUT);
    route(stack, HttpMethod.PUT, "/cashflow/companies/{company_id}", registerCompany);

    var getCompany = http(stack, "GetCompany", environment);
    table.grantItemActions(getCompany.function(), GET);
    route(stack, HttpMethod.GET, "/cashflow/companies/{company_id}", getCompany);

    var listCompanies = http(stack, "ListCompanies", environment);
    table.grantItemActions(listCompanies.function(), QUERY);
    route(stack, HttpMethod.GET, "/cashflow/companies", listCompanies);

    var putExchangeRate = http(stack, "PutExchangeRate", environment);
    // Reads the rate periods and the rate's usage, adds a period, asks for a release.
    table.grantItemActions(putExchangeRate.function(), GET, BATCH_GET, QUERY, PUT);
    releaseQueue.grantSend(putExchangeRate.function());
    route(stack, HttpMethod.PUT, "/cashflow/exchange-rates/{currency}", putExchangeRate);

    var changeSettings = http(stack, "ChangeSettings", environment);
    // Sets only the attributes a change names (UpdateItem), then reads the settings back.
    table.grantItemActions(changeSettings.function(), GET, UPDATE);
    route(stack, HttpMethod.PUT, "/cashflow/settings", changeSettings);

    var submitBatch = http(stack, "SubmitBatch", environment);
    // Claims the batch id with the digest of its rows, then queues the batch.
    table.grantItemActions(submitBatch.function(), GET, PUT);
    ingestionQueue.grantSend(submitBatch.function());
    route(stack, HttpMethod.POST, "/cashflow/batches", submitBatch);

    var summary = http(stack, "GetCompanySummary", environment);
    table.grantItemActions(summary.function(), GET, BATCH_GET, QUERY);
    route(stack, HttpMethod.GET, "/cashflow/companies/{company_id}/summary", summary);

    var balances = http(stack, "GetBalances", environment);
    table.grantItemActions(balances.function(), GET, BATCH_GET, QUERY);
    route(stack, HttpMethod.GET, "/cashflow/companies/{company_id}/balances", balances);

    var interest = http(stack, "GetInterest", environment);
    table.grantItemActions(interest.function(), GET, BATCH_GET, QUERY);
    route(stack, HttpMethod.GET, "/cashflow/companies/{company_id}/interest", interest);

    var balanceAt = http(stack, "GetBalanceAt", environment);
    table.grantItemActions(balanceAt.function(), GET, BATCH_GET, QUERY);
    route(stack, HttpMethod.GET, "/cashflow/companies/{company_id}/balance", balanceAt);

    var listQuarantine = http(stack, "ListQuarantine", environment);
    table.grantItemActions(listQuarantine.function(), GET, QUERY);
    route(stack, HttpMethod.GET, "/cashflow/quarantine", listQuarantine);

    var quarantineSummary = http(stack, "GetQuarantineSummary", environment);
    table.grantItemActions(quarantineSummary.function(), GET, BATCH_GET, QUERY);
    route(stack, HttpMethod.GET, "/cashflow/quarantine/summary", quarantineSummary);

    // The two phases of a batch: groups read consistently, steps written as transactions that
    // put, update (ADD to aggregates, the progress marker) and delete (a finished journal).
    var ingest = worker(stack, "IngestBatch", INGESTION_TIMEOUT, environment);
    table.grantItemActions(
        ingest.function(), GET, BATCH_GET, QUERY, PUT, UPDATE, DELETE, CONDITION_CHECK);
    ingestionQueue.consumedBy(ingest, INGESTION_BATCH_SIZE);
    // Asks again for a rate's release that ran before the rows it held were written.
    releaseQueue.grantSend(ingest.function());

    var release = worker(stack, "ReleaseHeldRows", RELEASE_TIMEOUT, environment);
    table.grantItemActions(
        release.function(), GET, BATCH_GET, QUERY, PUT, UPDATE, DELETE, CONDITION_CHECK);
    releaseQueue.consumedBy(release, RELEASE_BATCH_SIZE);

    // Feeds: registered over HTTP, pulled on a schedule onto the ingestion queue.
    var feedEnvironment = new java.util.HashMap<>(environment);
    feedEnvironment.put("SECRETS_KMS_KEY", stack.shared().key().getKeyId());
    var registerFeed = http(stack, "RegisterFeed", feedEnvironment);
    table.grantItemActions(registerFeed.function(), GET, UPDATE);
    PrefixedSecretsAccess.grant(
        stack,
        registerFeed,
        FEED_SECRETS_PREFIX,
        List.of("secretsmanager:CreateSecret", "secretsmanager:PutSecretValue"),
        FEED_SECRETS_ARE_PER_FEED);
    route(stack, HttpMethod.PUT, "/cashflow/feeds/{feed_id}", registerFeed);

    var getFeed = http(stack, "GetFeed", environment);
    table.grantItemActions(getFeed.function(), GET);
    route(stack, HttpMethod.GET, "/cashflow/feeds/{feed_id}", getFeed);

    var changeFeedStatus = http(stack, "ChangeFeedStatus", environment);
    table.grantItemActions(changeFeedStatus.function(), GET, UPDATE);
    route(stack, HttpMethod.POST, "/cashflow/feeds/{feed_id}/pause", changeFeedStatus);
    route(stack, HttpMethod.POST, "/cashflow/feeds/{feed_id}/resume", changeFeedStatus);

    // Registers the upstream's companies and rates as an admin would, then queues its pages.
    var pullFeeds = worker(stack, "PullFeeds", PULL_TIMEOUT, feedEnvironment);
    table.grantItemActions(
        pullFeeds.function(), GET, BATCH_GET, QUERY, PUT, UPDATE, CONDITION_CHECK);
    ingestionQueue.grantSend(pullFeeds.function());
    releaseQueue.grantSend(pullFeeds.function());
    PrefixedSecretsAccess.grant(
        stack,
        pullFeeds,
        FEED_SECRETS_PREFIX,
        List.of("secretsmanager:GetSecretValue"),
        FEED_SECRETS_ARE_PER_FEED);
    Rule.Builder.create(stack.scope(), "PullFeedsSchedule")
        .description("Pulls every active cashflow feed")
        .schedule(Schedule.rate(Duration.minutes(1)))
        .targets(List.of(new LambdaFunction(pullFeeds.alias())))
        .build();
    // Missing data breaches too: PullFeeds publishes the lag on every run, 0 when there are no
    // feeds, so silence means the pull itself stopped.
    var staleFeed =
        Alarm.Builder.create(stack.scope(), "StaleFeedAlarm")
            .metric(
                Metric.Builder.create()
                    .namespace(FEED_LAG_NAMESPACE)
                    .metricName(FEED_LAG_METRIC)
                    .statistic("Maximum")
                    .period(Duration.minutes(5))
                    .build())
            .alarmDescription(
                "A cashflow feed has not advanced for "
                    + staleAfterMinutes(stack)
                    + " minutes, or feeds are not being pulled")
            .threshold(staleAfterMinutes(stack) * 60)
            .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
            .evaluationPeriods(1)
            .treatMissingData(TreatMissingData.BREACHING)
            .build();
    staleFeed.addAlarmAction(new SnsAction(stack.shared().alarmTopic()));
    staleFeed.addOkAction(new SnsAction(stack.shared().alarmTopic()));

    // The dashboard's page, script and stylesheet; what it shows comes from the routes above.
    var dashboard = http(stack, "ServeDashboard", Map.of());
    stack
        .routes()
        .publicRoute(HttpMethod.GET, "/cashflow/dashboard", dashboard, DASHBOARD_IS_PUBLIC);
    stack
        .routes()
        .publicRoute(HttpMethod.GET, "/cashflow/dashboard/{asset}", dashboard, DASHBOARD_IS_PUBLIC);

    CfnOutput.Builder.create(stack, INGESTION_QUEUE_OUTPUT)
        .description(
            "Queue automation feeds cashflow batches onto, the organization in the"
                + " organization_id message attribute")
        .value(ingestionQueue.queue().getQueueUrl())
        .build();
  }

  private static int staleAfterMinutes(FinflowStack stack) {
    Object value = stack.getNode().tryGetContext(STALE_FEED_CONTEXT_KEY);
    return value == null ? 60 : Integer.parseInt(value.toString());
  }

  private void route(FinflowStack stack, HttpMethod method, String path, JavaFunction handler) {
    stack.routes().protectedRoute(method, path, handler, identity.authorizer());
  }

  private static JavaFunction http(FinflowStack stack, String id, Map<String, String> environment) {
    return function(stack, id, JavaFunctionProps.of(handler(id), HTTP_TIMEOUT), environment);
  }

  private static JavaFunction worker(
      FinflowStack stack, String id, Duration timeout, Map<String, String> environment) {
    return function(
        stack,
        id,
        JavaFunctionProps.of(handler(id), timeout).withMemorySize(WORKER_MEMORY_MB),
        environment);
  }

  /** {@code X} runs {@code cashflow.lambda.XHandler}, use case {@code X}. */
  private static JavaFunction function(
      FinflowStack stack, String id, JavaFunctionProps props, Map<String, String> environment) {
    return stack.function(id, props.withEnvironment(environment));
  }

  private static String handler(String id) {
    return "com.finflow.cashflow.lambda." + id + "Handler::handleRequest";
  }
}
