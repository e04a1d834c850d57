package com.finflow.webhooks.adapters;

import com.finflow.webhooks.WebhookSecrets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * One Secrets Manager secret per organization ({@code finflow/webhooks/<organization>}), encrypted
 * with the customer key and created on first use; kept in memory for the life of the container, so
 * deliveries read it once.
 */
final class SecretsManagerWebhookSecrets implements WebhookSecrets {

  static final String PREFIX = "finflow/webhooks/";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretsManagerClient secretsManager;
  private final String keyId;
  private final Map<String, byte[]> known = new ConcurrentHashMap<>();

  SecretsManagerWebhookSecrets(SecretsManagerClient secretsManager, String keyId) {
    this.secretsManager = secretsManager;
    this.keyId = keyId;
  }

  @Override
  public byte[] secretOf(String organizationId) {
    return known.computeIfAbsent(organizationId, this::readOrCreate).clone();
  }

  private byte[] readOrCreate(String organizationId) {
    String name = PREFIX + organizationId;
    try {
      return decode(
          secretsManager.getSecretValue(request -> request.secretId(name)).secretString());
    } catch (ResourceNotFoundException missing) {
      byte[] secret = new byte[32];
      RANDOM.nextBytes(secret);
      try {
        secretsManager.createSecret(
            request ->
                request
                    .name(name)
                    .kmsKeyId(keyId)
                    .description("Signs the webhooks Finflow sends to this organization")
                    .secretString(Base64.getEncoder().encodeToString(secret)));
        return secret;
      } catch (ResourceExistsException raced) {
        // Another container created it first: use theirs.
        return decode(
            secretsManager.getSecretValue(request -> request.secretId(name)).secretString());
      }
    }
  }

  private static byte[] decode(String value) {
    return Base64.getDecoder().decode(value);
  }
}
