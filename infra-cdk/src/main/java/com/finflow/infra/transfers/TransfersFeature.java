package com.finflow.infra.transfers;

import com.finflow.infra.FinflowStack;
import com.finflow.infra.compute.JavaFunction;
import com.finflow.infra.compute.JavaFunctionProps;
import com.finflow.infra.identity.IdentityFeature;
import com.finflow.infra.messaging.QueueWithDeadLetter;
import com.finflow.infra.messaging.QueueWithDeadLetterProps;
import com.finflow.infra.security.WebhookSecretsAccess;
import com.finflow.infra.storage.EncryptedTable;
import com.finflow.infra.storage.EncryptedTableProps;
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
 * Bulk credit transfers: submission (validate, reserve, record atomically), a fan-out queue that enqueues each
 * transfer, a transfer queue whose function executes them through the bank, a settlement queue whose function
 * settles each bulk once, and a scheduled reconciler for bulks stuck past a deadline.
 */
public final class TransfersFeature implements FinflowStack.Feature {

  /** CDK context key: the bank's payment API; the default is the local stack's simulated bank. */
  public static final String BANK_URL_CONTEXT_KEY = "finflow:bankUrl";
  public static final String LOCAL_BANK_URL = "http://localhost:8091";
  public static final String OPEN_BULKS_INDEX = "open-bulks";
  /** CDK context key: comma-separated hosts webhooks may reach even on private addresses (the local stack's). */
  public static final String WEBHOOK_ALLOWED_HOSTS_CONTEXT_KEY = "finflow:webhookAllowedHosts";

  private static final String GET = "dynamodb:GetItem";
  private static final String PUT = "dynamodb:PutItem";
  private static final String UPDATE = "dynamodb:UpdateItem";
  private static final String QUERY = "dynamodb:Query";
  private static final Duration WORKER_TIMEOUT = Duration.seconds(30);

  private final IdentityFeature identity;

  public TransfersFeature(IdentityFeature identity) {
    this.identity = identity;
  }

  @Override
  public void addTo(FinflowStack stack) {
    EncryptedTable accounts = identity.accountsTable();
    EncryptedTable transfers = stack.table("TransfersTable", EncryptedTableProps
        .withPartitionKey("pk", AttributeType.STRING)
        .withSortKey("sk", AttributeType.STRING)
        .withTimeToLive("expires_at")
        // Sparse: only open bulks carry open_shard, so the reconciler reads just those.
        .withGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
            .indexName(OPEN_BULKS_INDEX)
            .partitionKey(Attribute.builder().name("open_shard").type(AttributeType.STRING).build())
            .sortKey(Attribute.builder().name("created_at").type(AttributeType.STRING).build())
            .projectionType(ProjectionType.KEYS_ONLY)
            .build()));

    var fanOutQueue = stack.queue("FanOutQueue", QueueWithDeadLetterProps.forConsumerTimeout(WORKER_TIMEOUT));
    // More receives than the minimum: a transfer may meet several bank outages before it ends.
    var transferQueue = stack.queue("TransferQueue", QueueWithDeadLetterProps.forConsumerTimeout(WORKER_TIMEOUT)
        .withMaxReceiveCount(10));
    var settlementQueue = stack.queue("SettlementQueue", QueueWithDeadLetterProps.forConsumerTimeout(WORKER_TIMEOUT));
    // A receiver may be down for a while: more attempts (with backoff) before the delivery is dead-lettered.
    var webhookQueue = stack.queue("WebhookQueue", QueueWithDeadLetterProps.forConsumerTimeout(WORKER_TIMEOUT)
        .withMaxReceiveCount(8));

    Map<String, String> environment = new HashMap<>(Map.of(
        "TRANSFERS_TABLE", transfers.table().getTableName(),
        "ACCOUNTS_TABLE", accounts.table().getTableName(),
        "FANOUT_QUEUE_URL", fanOutQueue.queue().getQueueUrl(),
        "TRANSFER_QUEUE_URL", transferQueue.queue().getQueueUrl(),
        "SETTLEMENT_QUEUE_URL", settlementQueue.queue().getQueueUrl(),
        "BANK_URL", bankUrl(stack),
        "MAX_TRANSFER_AMOUNT", "1000000.00",
        "IDEMPOTENCY_RETENTION_HOURS", "24",
        "RECONCILE_AFTER_SECONDS", "300"));
    environment.put("WEBHOOK_QUEUE_URL", webhookQueue.queue().getQueueUrl());
    environment.put("WEBHOOK_ALLOWED_HOSTS", context(stack, WEBHOOK_ALLOWED_HOSTS_CONTEXT_KEY, ""));
    environment.put("KEY_ID", stack.shared().key().getKeyId());

    var submit = function(stack, "SubmitBulk", Duration.seconds(20), environment);
    transfers.grantItemActions(submit.function(), GET, PUT, UPDATE);
    accounts.grantItemActions(submit.function(), GET, UPDATE);
    fanOutQueue.grantSend(submit.function());
    stack.routes().protectedRoute(HttpMethod.POST, "/transfers/bulk", submit, identity.authorizer());

    var report = function(stack, "GetBulk", Duration.seconds(10), environment);
    transfers.grantItemActions(report.function(), GET, QUERY);
    stack.routes().protectedRoute(HttpMethod.GET, "/transfers/bulk/{bulk_id}", report, identity.authorizer());

    var fanOut = function(stack, "FanOutBulk", WORKER_TIMEOUT, environment);
    transfers.grantItemActions(fanOut.function(), GET, QUERY, UPDATE);
    transferQueue.grantSend(fanOut.function());
    settlementQueue.grantSend(fanOut.function());
    fanOutQueue.consumedBy(fanOut, 1);

    var execute = function(stack, "ExecuteTransfer", WORKER_TIMEOUT, environment);
    transfers.grantItemActions(execute.function(), GET, PUT, UPDATE);
    settlementQueue.grantSend(execute.function());
    webhookQueue.grantSend(execute.function());
    transferQueue.consumedBy(execute, 10);

    var settle = function(stack, "SettleBulk", WORKER_TIMEOUT, environment);
    transfers.grantItemActions(settle.function(), GET, PUT, UPDATE);
    accounts.grantItemActions(settle.function(), UPDATE);
    webhookQueue.grantSend(settle.function());
    settlementQueue.consumedBy(settle, 10);

    var deliver = function(stack, "DeliverWebhook", "WebhookHandler", WORKER_TIMEOUT, environment);
    transfers.grantItemActions(deliver.function(), GET, UPDATE);
    WebhookSecretsAccess.grant(stack, deliver);
    webhookQueue.consumedBy(deliver, 10);

    var deliveries = function(stack, "WebhookDeliveries", "WebhookDeliveriesHandler", Duration.seconds(10), environment);
    transfers.grantItemActions(deliveries.function(), GET, QUERY);
    webhookQueue.grantSend(deliveries.function());
    stack.routes().protectedRoute(HttpMethod.GET, "/transfers/bulk/{bulk_id}/webhook-deliveries", deliveries,
        identity.authorizer());
    stack.routes().protectedRoute(HttpMethod.POST,
        "/transfers/bulk/{bulk_id}/webhook-deliveries/{delivery_id}/redeliver", deliveries, identity.authorizer());

    var secret = function(stack, "WebhookSecret", "WebhookSecretHandler", Duration.seconds(10), environment);
    WebhookSecretsAccess.grant(stack, secret);
    stack.routes().protectedRoute(HttpMethod.GET, "/organizations/me/webhook-secret", secret, identity.authorizer());

    var reconciler = function(stack, "ReconcileBulks", Duration.seconds(60), environment);
    transfers.grantItemActions(reconciler.function(), GET, UPDATE);
    transfers.grantQueryOnIndex(reconciler.function(), OPEN_BULKS_INDEX);
    fanOutQueue.grantSend(reconciler.function());
    settlementQueue.grantSend(reconciler.function());
    Rule.Builder.create(stack, "ReconcileBulksSchedule")
        .description("Moves on bulks stuck past their deadline")
        .schedule(Schedule.rate(Duration.minutes(1)))
        .targets(List.of(new LambdaFunction(reconciler.alias())))
        .build();
  }

  /** A transfer function named after its flow: {@code X} runs {@code transfers.lambda.XHandler}, use case {@code X}. */
  private static JavaFunction function(FinflowStack stack, String id, Duration timeout,
      Map<String, String> environment) {
    return stack.function(id, JavaFunctionProps
        .of("com.finflow.transfers.lambda." + id + "Handler::handleRequest", timeout)
        .withEnvironment(environment));
  }

  private static JavaFunction function(FinflowStack stack, String id, String handlerClass, Duration timeout,
      Map<String, String> environment) {
    return stack.function(id, JavaFunctionProps
        .of("com.finflow.transfers." + handlerClass + "::handleRequest", timeout)
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
