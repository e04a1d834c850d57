package com.finflow.health.aws;

import com.finflow.health.DependencyProbe;
import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;

import java.util.Arrays;
import java.util.List;

/** The probes of the deployed stack, configured from the function's environment. */
public final class AwsDependencies {

  private AwsDependencies() {}

  public static List<DependencyProbe> fromEnvironment() {
    return List.of(
        new DynamoDbProbe(AwsClients.dynamoDb(), listOf("HEALTH_TABLES")),
        new SqsProbe(AwsClients.sqs(), listOf("HEALTH_QUEUE_URLS")),
        new KmsProbe(AwsClients.kms(), Environment.required("KEY_ID")),
        new SecretsManagerProbe(AwsClients.secretsManager(), listOf("HEALTH_SECRET_ARNS")));
  }

  private static List<String> listOf(String variable) {
    return Environment.optional(variable)
        .map(value -> Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }
}
