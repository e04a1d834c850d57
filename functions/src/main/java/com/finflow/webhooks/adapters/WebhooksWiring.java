package com.finflow.webhooks.adapters;

import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.webhooks.DeliverWebhook;
import com.finflow.webhooks.PublishWebhook;
import com.finflow.webhooks.SignedWebhook;
import com.finflow.webhooks.WebhookAddress;
import com.finflow.webhooks.WebhookDeliveries;
import com.finflow.webhooks.WebhookDeliveryReport;
import com.finflow.webhooks.WebhookNotices;
import com.finflow.webhooks.WebhookQueue;
import com.finflow.webhooks.WebhookSecret;
import com.finflow.webhooks.WebhookSecrets;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the webhooks feature on DynamoDB ({@code WEBHOOK_DELIVERIES_TABLE}), SQS ({@code
 * WEBHOOK_QUEUE_URL}), Secrets Manager ({@code KEY_ID}) and HTTPS from the function's environment;
 * handlers call it once per container. Other features' wiring uses {@link #notices()} and {@link
 * #address()}.
 */
public final class WebhooksWiring {

  private WebhooksWiring() {}

  /** Where features publish notices: the delivery log and the webhook queue. */
  public static WebhookNotices notices() {
    return new PublishWebhook(deliveries(), queue(), Clock.systemUTC());
  }

  /**
   * The address checks, with the hosts of {@code WEBHOOK_ALLOWED_HOSTS} exempt (the local stack's
   * receivers).
   */
  public static WebhookAddress address() {
    Set<String> allowed =
        Arrays.stream(Environment.optional("WEBHOOK_ALLOWED_HOSTS").orElse("").split(","))
            .map(String::strip)
            .filter(host -> !host.isEmpty())
            .collect(Collectors.toSet());
    return new WebhookAddress(allowed, host -> List.of(InetAddress.getAllByName(host)));
  }

  public static DeliverWebhook deliverWebhook() {
    return new DeliverWebhook(deliveries(), sender(), address(), Clock.systemUTC());
  }

  /**
   * The webhook queue's messages side by side (each is one independent HTTPS call), retried with
   * backoff 1 to 60 s.
   */
  public static QueueConsumer deliveryConsumer() {
    return new QueueConsumer(
        AwsClients.sqs(), Environment.required("WEBHOOK_QUEUE_URL"), 1, 60, true);
  }

  public static WebhookDeliveryReport deliveriesReport() {
    return new WebhookDeliveryReport(deliveries(), queue());
  }

  public static WebhookSecret webhookSecret() {
    return new WebhookSecret(secrets());
  }

  /**
   * One signing secret per organization in Secrets Manager, under the customer key {@code
   * SECRETS_KMS_KEY}.
   */
  public static WebhookSecrets secrets() {
    return new SecretsManagerWebhookSecrets(
        AwsClients.secretsManager(), Environment.required("SECRETS_KMS_KEY"));
  }

  /** Signed sends with the organizations' secrets, over HTTPS. */
  public static SignedWebhook sender() {
    return new SignedWebhook(secrets(), new HttpWebhookEndpoint(), Clock.systemUTC());
  }

  private static WebhookDeliveries deliveries() {
    return new DynamoWebhookDeliveries(
        AwsClients.dynamoDb(), Environment.required("WEBHOOK_DELIVERIES_TABLE"));
  }

  private static WebhookQueue queue() {
    return new SqsWebhookQueue(AwsClients.sqs(), Environment.required("WEBHOOK_QUEUE_URL"));
  }
}
