package com.finflow.health.adapters;

import com.finflow.health.Health;
import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the health check on the deployed stack's probes, configured from the function's
 * environment.
 */
public final class HealthWiring {

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private HealthWiring() {}

  public static Health health() {
    return new Health(
        List.of(
            new DynamoDbProbe(AwsClients.dynamoDb(), listOf("HEALTH_TABLES")),
            new SqsProbe(AwsClients.sqs(), listOf("HEALTH_QUEUE_URLS")),
            new KmsProbe(AwsClients.kms(), Environment.required("KEY_ID")),
            new SecretsManagerProbe(AwsClients.secretsManager(), listOf("HEALTH_SECRET_ARNS"))),
        TIMEOUT);
  }

  private static List<String> listOf(String variable) {
    return Environment.optional(variable)
        .map(
            value ->
                Arrays.stream(value.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList())
        .orElse(List.of());
  }
}
