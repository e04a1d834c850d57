package com.finflow.webhooks.adapters;

import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;
import com.finflow.webhooks.WebhookAddress;
import com.finflow.webhooks.SignedWebhook;
import com.finflow.webhooks.WebhookSecrets;

import java.net.InetAddress;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What every feature that sends webhooks shares: where they may go, how they are signed, how they are sent. */
public final class WebhooksWiring {

  private WebhooksWiring() {}

  /** The address checks, with the hosts of {@code WEBHOOK_ALLOWED_HOSTS} exempt (the local stack's receivers). */
  public static WebhookAddress address() {
    Set<String> allowed = Arrays.stream(Environment.optional("WEBHOOK_ALLOWED_HOSTS").orElse("").split(","))
        .map(String::strip).filter(host -> !host.isEmpty()).collect(Collectors.toSet());
    return new WebhookAddress(allowed, host -> List.of(InetAddress.getAllByName(host)));
  }

  /** One signing secret per organization in Secrets Manager, under the customer key {@code KEY_ID}. */
  public static WebhookSecrets secrets() {
    return new SecretsManagerWebhookSecrets(AwsClients.secretsManager(), Environment.required("KEY_ID"));
  }

  /** Where features publish notices. (Being built: the generic delivery log replaces the bulk-only one.) */
  public static com.finflow.webhooks.WebhookNotices notices() {
    throw new UnsupportedOperationException("the generic delivery log is being built");
  }

  /** Signed sends with the organizations' secrets, over HTTPS. */
  public static SignedWebhook sender() {
    return new SignedWebhook(secrets(), new HttpWebhookEndpoint(), Clock.systemUTC());
  }
}
