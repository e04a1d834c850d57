package com.finflow.infra.webhooks;

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
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.dynamodb.AttributeType;

/**
 * Signed webhooks for every feature: a delivery log of its own (deliveries of a subject such as
 * {@code bulk/<id>} or {@code extraction/<id>}, with every attempt), a queue whose function
 * delivers each notice with backoff, the routes that list and redeliver a bulk's or an extraction's
 * deliveries, and the route that shows the signing secret. Features whose functions publish notices
 * add {@link #environment()} to them and call {@link #grantPublish}; this feature must be added to
 * the stack before them.
 */
public final class WebhooksFeature implements FinflowStack.Feature {

  /**
   * CDK context key: comma-separated hosts webhooks may reach even on private addresses (the local
   * stack's).
   */
  public static final String WEBHOOK_ALLOWED_HOSTS_CONTEXT_KEY = "finflow:webhookAllowedHosts";

  private static final String GET = "dynamodb:GetItem";
  private static final String PUT = "dynamodb:PutItem";
  private static final String UPDATE = "dynamodb:UpdateItem";
  private static final String QUERY = "dynamodb:Query";
  private static final Duration WORKER_TIMEOUT = Duration.seconds(30);

  private final IdentityFeature identity;
  private EncryptedTable deliveries;
  private QueueWithDeadLetter queue;
  private String allowedHosts;

  public WebhooksFeature(IdentityFeature identity) {
    this.identity = identity;
  }

  @Override
  public String name() {
    return "Webhooks";
  }

  @Override
  public void addTo(FinflowStack stack) {
    deliveries =
        stack.table(
            "WebhookDeliveriesTable",
            EncryptedTableProps.withPartitionKey("subject", AttributeType.STRING)
                .withSortKey("delivery_id", AttributeType.STRING));
    // A receiver may be down for a while: more attempts (with backoff) before the delivery is
    // dead-lettered.
    queue =
        stack.queue(
            "WebhookQueue",
            QueueWithDeadLetterProps.forConsumerTimeout(WORKER_TIMEOUT).withMaxReceiveCount(8));
    Object hosts = stack.getNode().tryGetContext(WEBHOOK_ALLOWED_HOSTS_CONTEXT_KEY);
    allowedHosts = hosts == null ? "" : hosts.toString();
    Map<String, String> environment = new HashMap<>(environment());
    environment.put("SECRETS_KMS_KEY", stack.shared().key().getKeyId());

    var deliver = function(stack, "DeliverWebhook", WORKER_TIMEOUT, environment);
    deliveries.grantItemActions(deliver.function(), GET, UPDATE);
    WebhookSecretsAccess.grant(stack, deliver);
    queue.consumedBy(deliver, 10);

    var report = function(stack, "WebhookDeliveries", Duration.seconds(10), environment);
    deliveries.grantItemActions(report.function(), GET, QUERY);
    queue.grantSend(report.function());
    for (String subject :
        new String[] {"/transfers/bulk/{bulk_id}", "/extractions/{extraction_id}"}) {
      stack
          .routes()
          .protectedRoute(
              HttpMethod.GET, subject + "/webhook-deliveries", report, identity.authorizer());
      stack
          .routes()
          .protectedRoute(
              HttpMethod.POST,
              subject + "/webhook-deliveries/{delivery_id}/redeliver",
              report,
              identity.authorizer());
    }

    var secret =
        function(
            stack,
            "WebhookSecret",
            Duration.seconds(10),
            Map.of("SECRETS_KMS_KEY", environment.get("SECRETS_KMS_KEY")));
    WebhookSecretsAccess.grant(stack, secret);
    stack
        .routes()
        .protectedRoute(
            HttpMethod.GET, "/organizations/me/webhook-secret", secret, identity.authorizer());
  }

  /**
   * What a function needs to publish notices ({@code WEBHOOK_DELIVERIES_TABLE}, {@code
   * WEBHOOK_QUEUE_URL}) and to check webhook URLs ({@code WEBHOOK_ALLOWED_HOSTS}).
   */
  public Map<String, String> environment() {
    requireAdded();
    return Map.of(
        "WEBHOOK_DELIVERIES_TABLE", deliveries.table().getTableName(),
        "WEBHOOK_QUEUE_URL", queue.queue().getQueueUrl(),
        "WEBHOOK_ALLOWED_HOSTS", allowedHosts);
  }

  /**
   * Lets {@code publisher} record deliveries (a conditional put, nothing else) and enqueue them.
   */
  public void grantPublish(JavaFunction publisher) {
    requireAdded();
    deliveries.grantItemActions(publisher.function(), PUT);
    queue.grantSend(publisher.function());
  }

  private void requireAdded() {
    if (deliveries == null) {
      throw new IllegalStateException(
          "the webhooks feature must be added to the stack before features that publish notices");
    }
  }

  private static JavaFunction function(
      FinflowStack stack, String id, Duration timeout, Map<String, String> environment) {
    return stack.function(
        id,
        JavaFunctionProps.of(
                "com.finflow.webhooks.lambda." + id + "Handler::handleRequest", timeout)
            .withEnvironment(environment));
  }
}
