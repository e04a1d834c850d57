package com.finflow.localstack.openfinance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.LocalJson;
import com.finflow.localstack.provision.ProvisionedStack;
import java.io.IOException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Points the stack's provider secret at the sandbox. The CDK stack generates the secret with the
 * sandbox's default address and a random registration secret (deployments put the real provider's
 * in); locally, a secret whose {@code base_url} is that default gets the running sandbox's address
 * and registration secret instead.
 */
public final class ProviderSecretRedirect {

  /** The address the CDK stack writes into the provider secret by default. */
  public static final String TEMPLATE_DEFAULT_BASE_URL = "http://localhost:8092";

  private ProviderSecretRedirect() {}

  /** How many secrets were redirected. */
  public static int apply(
      ProvisionedStack stack, SecretsManagerClient secretsManager, SandboxProvider provider) {
    int redirected = 0;
    for (var secret : stack.ofType("AWS::SecretsManager::Secret")) {
      String arn = secret.ref();
      try {
        ObjectNode value =
            (ObjectNode)
                LocalJson.MAPPER.readTree(
                    secretsManager.getSecretValue(request -> request.secretId(arn)).secretString());
        if (value != null && TEMPLATE_DEFAULT_BASE_URL.equals(value.path("base_url").asText())) {
          value.put("base_url", provider.baseUrl().toString());
          value.put("registration_secret", provider.registrationSecret());
          secretsManager.putSecretValue(
              request -> request.secretId(arn).secretString(value.toString()));
          redirected++;
        }
      } catch (IOException | ClassCastException notAJsonObject) {
        // Not a JSON object: not a provider secret.
      }
    }
    return redirected;
  }
}
