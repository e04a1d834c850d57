package com.finflow.cashflow.adapters;

import com.finflow.cashflow.FeedSecrets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;

/**
 * One Secrets Manager secret per feed ({@code finflow/cashflow-feeds/<organization>/<feed>}),
 * encrypted with the customer key; a new key for the feed replaces the secret's value.
 */
final class SecretsManagerFeedSecrets implements FeedSecrets {

  static final String PREFIX = "finflow/cashflow-feeds/";

  // A pull sends the key on every request: read it once a minute, so a new key takes at most that.
  private static final Duration KEEP = Duration.ofMinutes(1);

  private final SecretsManagerClient secretsManager;
  private final String keyId;
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  SecretsManagerFeedSecrets(SecretsManagerClient secretsManager, String keyId) {
    this.secretsManager = secretsManager;
    this.keyId = keyId;
  }

  @Override
  public String store(String organizationId, String feedId, String apiKey) {
    String name = PREFIX + organizationId + "/" + feedId;
    try {
      secretsManager.createSecret(
          request ->
              request
                  .name(name)
                  .kmsKeyId(keyId)
                  .description("API key of a cashflow feed's upstream")
                  .secretString(apiKey));
    } catch (ResourceExistsException exists) {
      secretsManager.putSecretValue(request -> request.secretId(name).secretString(apiKey));
    }
    known.remove(name);
    return name;
  }

  @Override
  public String read(String secretName) {
    Instant now = Instant.now();
    Known cached = known.get(secretName);
    if (cached != null && cached.readAt().plus(KEEP).isAfter(now)) {
      return cached.value();
    }
    String value =
        secretsManager.getSecretValue(request -> request.secretId(secretName)).secretString();
    known.put(secretName, new Known(value, now));
    return value;
  }

  private record Known(String value, Instant readAt) {}
}
