package com.finflow.infra.health;

import com.finflow.infra.SharedResources;
import com.finflow.infra.compute.JavaFunction;
import com.finflow.infra.compute.JavaFunctionProps;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The health check function: it describes every key, secret, table and queue the stack owns, and
 * nothing more. With no table (or queue) it lists them instead, which proves reachability of the
 * service without a resource.
 */
public final class HealthFunction extends Construct {

  public static final String HANDLER = "com.finflow.health.lambda.HealthHandler::handleRequest";

  private final JavaFunction function;

  /** The resources health reports on; the stack collects them as features add them. */
  public record Dependencies(List<ISecret> secrets, List<ITable> tables, List<IQueue> queues) {
    public Dependencies {
      secrets = List.copyOf(secrets);
      tables = List.copyOf(tables);
      queues = List.copyOf(queues);
    }
  }

  public HealthFunction(
      Construct scope, String id, SharedResources shared, Dependencies dependencies) {
    super(scope, id);
    function =
        new JavaFunction(
            this,
            "Function",
            shared,
            JavaFunctionProps.of(HANDLER, Duration.seconds(10))
                .withMemorySize(512)
                .withEnvironment(
                    Map.of(
                        "KEY_ID", shared.key().getKeyId(),
                        "HEALTH_SECRET_ARNS",
                            commaJoined(
                                dependencies.secrets().stream()
                                    .map(ISecret::getSecretArn)
                                    .toList()),
                        "HEALTH_TABLES",
                            commaJoined(
                                dependencies.tables().stream().map(ITable::getTableName).toList()),
                        "HEALTH_QUEUE_URLS",
                            commaJoined(
                                dependencies.queues().stream()
                                    .map(IQueue::getQueueUrl)
                                    .toList()))));

    shared.key().grant(function.alias(), "kms:DescribeKey");
    allow(
        "secretsmanager:DescribeSecret",
        dependencies.secrets().stream().map(ISecret::getSecretArn).toList());
    var unscoped = new StringBuilder();
    if (dependencies.tables().isEmpty()) {
      allow("dynamodb:ListTables", List.of("*"));
      unscoped.append(" dynamodb:ListTables (the stack owns no table yet)");
    } else {
      allow(
          "dynamodb:DescribeTable",
          dependencies.tables().stream().map(ITable::getTableArn).toList());
    }
    if (dependencies.queues().isEmpty()) {
      allow("sqs:ListQueues", List.of("*"));
      unscoped.append(" sqs:ListQueues (the stack owns no queue yet)");
    } else {
      allow(
          "sqs:GetQueueAttributes",
          dependencies.queues().stream().map(IQueue::getQueueArn).toList());
    }
    if (!unscoped.isEmpty()) {
      NagSuppressions.addResourceSuppressions(
          function,
          List.of(
              NagPackSuppression.builder()
                  .id("AwsSolutions-IAM5")
                  .appliesTo(List.of("Resource::*"))
                  .reason(
                      "Health proves the service is reachable with"
                          + unscoped
                          + "; list actions support no resource-level permissions.")
                  .build()),
          true);
    }
  }

  public JavaFunction function() {
    return function;
  }

  private void allow(String action, List<String> resources) {
    if (resources.isEmpty()) {
      return;
    }
    function
        .function()
        .addToRolePolicy(
            PolicyStatement.Builder.create().actions(List.of(action)).resources(resources).build());
  }

  private static String commaJoined(List<String> values) {
    return values.isEmpty() ? "" : Fn.join(",", values);
  }
}
