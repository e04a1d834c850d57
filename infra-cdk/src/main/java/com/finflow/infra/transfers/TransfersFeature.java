package com.finflow.infra.transfers;

import com.finflow.infra.FinflowStack;
import com.finflow.infra.compute.JavaFunction;
import com.finflow.infra.compute.JavaFunctionProps;
import com.finflow.infra.identity.IdentityFeature;
import com.finflow.infra.messaging.QueueWithDeadLetterProps;
import com.finflow.infra.quota.RateLimitsFeature;
import com.finflow.infra.storage.EncryptedTable;
import com.finflow.infra.storage.EncryptedTableProps;
import com.finflow.infra.webhooks.WebhooksFeature;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;

/**
 * Bulk credit transfers: submission (validate, reserve, record atomically), a fan-out queue that
 * enqueues each transfer, a transfer queue whose function executes them through the bank, a
 * settlement queue whose function settles each bulk once, and a scheduled reconciler for bulks
 * stuck past a deadline. Settlements and failed transfers are published as webhook notices through
 * the webhooks feature, from an outbox in the transfers table written in the same transaction: the
 * function that wrote a notice publishes it, and the reconciler publishes those left behind.
 */
public final class TransfersFeature implements FinflowStack.Feature {

  /** CDK context key: the bank's payment API; the default is the local stack's simulated bank. */
  public static final String BANK_URL_CONTEXT_KEY = "finflow:bankUrl";

  public static final String LOCAL_BANK_URL = "http://localhost:8091";
  public static final String OPEN_BULKS_INDEX = "open-bulks";
  public static final String PENDING_NOTICES_INDEX = "pending-notices";

  private static final String GET = "dynamodb:GetItem";
  private static final String PUT = "dynamodb:PutItem";
  private static final String UPDATE = "dynamodb:UpdateItem";
  private static final String QUERY = "dynamodb:Query";
  private static final String DELETE = "dynamodb:DeleteItem";
  private static final Duration WORKER_TIMEOUT = Duration.seconds(30);

  private final IdentityFeature identity;
  private final WebhooksFeature webhooks;
  private final RateLimitsFeature rateLimits;

  public TransfersFeature(
      IdentityFeature identity, WebhooksFeature webhooks, RateLimitsFeature rateLimits) {
    this.identity = identity;
    this.webhooks = webhooks;
    this.rateLimits = rateLimits;
  }

  @Override
  public String name() {
    return "Transfers";
  }

  @Override
  public void addTo(FinflowStack stack) {
    EncryptedTable accounts = identity.accountsTable();
    EncryptedTable transfers =
        stack.table(
            "TransfersTable",
            EncryptedTableProps.withPartitionKey("pk", AttributeType.STRING)
                .withSortKey("sk", AttributeType.STRING)
                .withTimeToLive("expires_at")
                // Sparse: only open bulks carry open_shard, so the reconciler reads just those.
                .withGlobalSecondaryIndex(
                    GlobalSecondaryIndexProps.builder()
                        .indexName(OPEN_BULKS_INDEX)
                        .partitionKey(
                            Attribute.builder()
                                .name("open_shard")
                                .type(AttributeType.STRING)
                                .build())
                        .sortKey(
                            Attribute.builder()
                                .name("created_at")
                                .type(AttributeType.STRING)
                                .build())
                        .projectionType(ProjectionType.KEYS_ONLY)
                        .build())
                // Sparse: only outbox items carry outbox_shard, sorted by when their writer's lease
                // ends, so the reconciler reads just the notices left behind.
                .withGlobalSecondaryIndex(
                    GlobalSecondaryIndexProps.builder()
                        .indexName(PENDING_NOTICES_INDEX)
                        .partitionKey(
                            Attribute.builder()
                                .name("outbox_shard")
                                .type(AttributeType.STRING)
                                .build())
                        .sortKey(
                            Attribute.builder()
                                .name("due_at_ms")
                                .type(AttributeType.NUMBER)
                                .build())
                        .projectionType(ProjectionType.KEYS_ONLY)
                        .build()));

    var fanOutQueue =
        stack.queue("FanOutQueue", QueueWithDeadLetterProps.forConsumerTimeout(WORKER_TIMEOUT));
    // More receives than the minimum: a transfer may meet several bank outages before it ends.
    var transferQueue =
        stack.queue(
            "TransferQueue",
            QueueWithDeadLetterProps.forConsumerTimeout(WORKER_TIMEOUT).withMaxReceiveCount(10));
    var settlementQueue =
        stack.queue("SettlementQueue", QueueWithDeadLetterProps.forConsumerTimeout(WORKER_TIMEOUT));

    Map<String, String> environment =
        new HashMap<>(
            Map.of(
                "TRANSFERS_TABLE", transfers.table().getTableName(),
                "ACCOUNTS_TABLE", accounts.table().getTableName(),
                "FANOUT_QUEUE_URL", fanOutQueue.queue().getQueueUrl(),
                "TRANSFER_QUEUE_URL", transferQueue.queue().getQueueUrl(),
                "SETTLEMENT_QUEUE_URL", settlementQueue.queue().getQueueUrl(),
                "BANK_URL", bankUrl(stack),
                "MAX_TRANSFER_AMOUNT", "1000000.00",
                "IDEMPOTENCY_RETENTION_HOURS", "24",
                "RECONCILE_AFTER_SECONDS", "300"));
    environment.putAll(webhooks.environment());

    var submitEnvironment = new HashMap<>(environment);
    submitEnvironment.putAll(rateLimits.environment(RateLimitsFeature.BULK_SUBMISSIONS));
    var submit = function(stack, "SubmitBulk", Duration.seconds(20), submitEnvironment);
    rateLimits.grantTake(submit);
    transfers.grantItemActions(submit.function(), GET, PUT, UPDATE);
    accounts.grantItemActions(submit.function(), GET, UPDATE);
    fanOutQueue.grantSend(submit.function());
    stack
        .routes()
        .protectedRoute(HttpMethod.POST, "/transfers/bulk", submit, identity.authorizer());

    var report = function(stack, "GetBulk", Duration.seconds(10), environment);
    transfers.grantItemActions(report.function(), GET, QUERY);
    stack
        .routes()
        .protectedRoute(HttpMethod.GET, "/transfers/bulk/{bulk_id}", report, identity.authorizer());

    var fanOut = function(stack, "FanOutBulk", WORKER_TIMEOUT, environment);
    transfers.grantItemActions(fanOut.function(), GET, QUERY, UPDATE);
    transferQueue.grantSend(fanOut.function());
    settlementQueue.grantSend(fanOut.function());
    fanOutQueue.consumedBy(fanOut, 1);

    var execute = function(stack, "ExecuteTransfer", WORKER_TIMEOUT, environment);
    // DeleteItem: a notice leaves the outbox once published.
    transfers.grantItemActions(execute.function(), GET, PUT, UPDATE, DELETE);
    settlementQueue.grantSend(execute.function());
    webhooks.grantPublish(execute);
    transferQueue.consumedBy(execute, 10);

    var settle = function(stack, "SettleBulk", WORKER_TIMEOUT, environment);
    // Query, UpdateItem and DeleteItem on the bulk's outbox: a repeated settlement drains it.
    transfers.grantItemActions(settle.function(), GET, PUT, UPDATE, QUERY, DELETE);
    accounts.grantItemActions(settle.function(), UPDATE);
    webhooks.grantPublish(settle);
    settlementQueue.consumedBy(settle, 10);

    var reconciler = function(stack, "ReconcileBulks", Duration.seconds(60), environment);
    // The outbox pass: query the notices left behind, claim (UpdateItem), publish, remove.
    transfers.grantItemActions(reconciler.function(), GET, UPDATE, QUERY, DELETE);
    transfers.grantQueryOnIndex(reconciler.function(), OPEN_BULKS_INDEX);
    transfers.grantQueryOnIndex(reconciler.function(), PENDING_NOTICES_INDEX);
    fanOutQueue.grantSend(reconciler.function());
    settlementQueue.grantSend(reconciler.function());
    webhooks.grantPublish(reconciler);
    Rule.Builder.create(stack.scope(), "ReconcileBulksSchedule")
        .description("Moves on bulks stuck past their deadline")
        .schedule(Schedule.rate(Duration.minutes(1)))
        .targets(List.of(new LambdaFunction(reconciler.alias())))
        .build();
  }

  /**
   * A transfer function named after its flow: {@code X} runs {@code transfers.lambda.XHandler}, use
   * case {@code X}.
   */
  private static JavaFunction function(
      FinflowStack stack, String id, Duration timeout, Map<String, String> environment) {
    return stack.function(
        id,
        JavaFunctionProps.of(
                "com.finflow.transfers.lambda." + id + "Handler::handleRequest", timeout)
            .withEnvironment(environment));
  }

  private static String bankUrl(FinflowStack stack) {
    return context(stack, BANK_URL_CONTEXT_KEY, LOCAL_BANK_URL);
  }

  private static String context(FinflowStack stack, String key, String fallback) {
    Object value = stack.getNode().tryGetContext(key);
    return value == null ? fallback : value.toString();
  }
}
