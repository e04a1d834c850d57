package com.finflow.infra.security;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * Secrets an upstream issues (a provider's key or credentials): generated as a placeholder that the
 * local sandbox accepts, replaced on deployment ({@code put-secret-value}), kept when the stack
 * goes (the upstream cannot re-issue them by recreating the secret), and never rotated by a Secrets
 * Manager Lambda, which cannot make the upstream issue new ones.
 */
final class ProviderIssuedSecrets {

  private ProviderIssuedSecrets() {}

  /** The secret, as the child {@code Secret} of {@code scope}. */
  static Secret create(
      Construct scope,
      IKey key,
      String name,
      String description,
      SecretStringGenerator placeholder,
      String whyNotRotated) {
    Secret secret =
        Secret.Builder.create(scope, "Secret")
            .secretName(name)
            .description(description)
            .encryptionKey(key)
            .generateSecretString(placeholder)
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();
    NagSuppressions.addResourceSuppressions(
        secret,
        List.of(
            NagPackSuppression.builder().id("AwsSolutions-SMG4").reason(whyNotRotated).build()));
    return secret;
  }
}
