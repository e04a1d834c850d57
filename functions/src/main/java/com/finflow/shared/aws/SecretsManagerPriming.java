package com.finflow.shared.aws;

import java.util.List;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Primes the Secrets Manager client on the secrets the function was given ({@link GivenResources})
 * and on one that cannot exist, changing nothing. Like each service's priming, a class of its own:
 * see {@link AwsClients}.
 */
final class SecretsManagerPriming {

  private SecretsManagerPriming() {}

  /**
   * Describes each given secret, and reads one that cannot exist: functions read secrets created
   * after deployment (an organization's webhook secret), whose reading path the refusal loads.
   */
  static void prime(SecretsManagerClient secrets, List<String> secretArns) {
    secretArns.forEach(arn -> secrets.describeSecret(request -> request.secretId(arn)));
    try {
      secrets.getSecretValue(
          request -> request.secretId("finflow-priming" + AbsentResources.SUFFIX));
    } catch (SecretsManagerException refused) {
      // what priming asks for
    }
    // The answer a read that succeeds gets, built empty: the refusal above never made one.
    GetSecretValueResponse.builder().build();
  }
}
