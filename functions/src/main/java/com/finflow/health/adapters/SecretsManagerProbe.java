package com.finflow.health.adapters;

import com.finflow.health.DependencyProbe;
import java.util.List;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Secrets Manager answers and each of Finflow's secrets exists; values are never read here. */
final class SecretsManagerProbe implements DependencyProbe {

  private final SecretsManagerClient secretsManager;
  private final List<String> secretArns;

  SecretsManagerProbe(SecretsManagerClient secretsManager, List<String> secretArns) {
    this.secretsManager = secretsManager;
    this.secretArns = List.copyOf(secretArns);
  }

  @Override
  public String name() {
    return "secretsmanager";
  }

  @Override
  public void probe() {
    if (secretArns.isEmpty()) {
      secretsManager.listSecrets(request -> request.maxResults(1));
      return;
    }
    secretArns.forEach(arn -> secretsManager.describeSecret(request -> request.secretId(arn)));
  }
}
