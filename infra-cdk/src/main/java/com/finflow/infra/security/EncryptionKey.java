package com.finflow.infra.security;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/**
 * The one customer managed KMS key that encrypts Finflow's logs, topics, queues, tables and
 * secrets.
 */
public final class EncryptionKey extends Construct {

  public static final String ALIAS = "alias/finflow";

  private static final List<String> ENVELOPE_ACTIONS =
      List.of("kms:Decrypt", "kms:GenerateDataKey");

  private final Key key;

  public EncryptionKey(Construct scope, String id) {
    super(scope, id);
    key =
        Key.Builder.create(this, "Key")
            .alias(ALIAS)
            .description("Finflow data, log and message encryption")
            .enableKeyRotation(true)
            // Deleting the key would make every backup, log and retained table unreadable.
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();
    allowCloudWatchLogs();
    allowServiceInThisAccount(
        "AllowCloudWatchAlarmsToPublishToEncryptedTopics", "cloudwatch.amazonaws.com");
    allowServiceInThisAccount("AllowSnsToDeliverToEncryptedQueues", "sns.amazonaws.com");
  }

  public IKey key() {
    return key;
  }

  // CloudWatch Logs uses the key itself (no caller credentials), scoped by the log group encryption
  // context.
  private void allowCloudWatchLogs() {
    key.addToResourcePolicy(
        PolicyStatement.Builder.create()
            .sid("AllowCloudWatchLogsOfThisAccount")
            .principals(List.of(new ServicePrincipal("logs." + Aws.REGION + ".amazonaws.com")))
            .actions(
                List.of(
                    "kms:Encrypt",
                    "kms:Decrypt",
                    "kms:ReEncryptFrom",
                    "kms:ReEncryptTo",
                    "kms:GenerateDataKey",
                    "kms:GenerateDataKeyWithoutPlaintext",
                    "kms:DescribeKey"))
            .resources(List.of("*"))
            .conditions(
                Map.of(
                    "ArnLike",
                    Map.of(
                        "kms:EncryptionContext:aws:logs:arn",
                        "arn:"
                            + Aws.PARTITION
                            + ":logs:"
                            + Aws.REGION
                            + ":"
                            + Aws.ACCOUNT_ID
                            + ":log-group:*")))
            .build());
  }

  // Services that write into encrypted topics and queues need the data key themselves;
  // SourceAccount keeps
  // other accounts' resources of the same service from using this key.
  private void allowServiceInThisAccount(String sid, String servicePrincipal) {
    key.addToResourcePolicy(
        PolicyStatement.Builder.create()
            .sid(sid)
            .principals(List.of(new ServicePrincipal(servicePrincipal)))
            .actions(ENVELOPE_ACTIONS)
            .resources(List.of("*"))
            .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID)))
            .build());
  }
}
