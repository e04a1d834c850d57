package com.finflow.infra.storage;

import java.util.List;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kms.IKey;
import software.constructs.Construct;

/**
 * An on-demand DynamoDB table encrypted with the customer managed key, recoverable to any point of
 * the last 35 days and protected against deletion. A classic {@code AWS::DynamoDB::Table}, which
 * the local stack understands.
 */
public final class EncryptedTable extends Construct {

  // What DynamoDB asks of the caller's role to use a customer managed table key; no wildcard
  // actions.
  private static final String[] KEY_ACTIONS = {
    "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey"
  };

  private final Table table;
  private final IKey key;

  public EncryptedTable(Construct scope, String id, IKey key, EncryptedTableProps props) {
    super(scope, id);
    this.key = key;
    var builder =
        Table.Builder.create(this, "Table")
            .partitionKey(props.partitionKey())
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .pointInTimeRecoverySpecification(
                PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
            .encryption(TableEncryption.CUSTOMER_MANAGED)
            .encryptionKey(key)
            .deletionProtection(true)
            .removalPolicy(RemovalPolicy.RETAIN);
    props.sortKey().ifPresent(builder::sortKey);
    props.timeToLiveAttribute().ifPresent(builder::timeToLiveAttribute);
    table = builder.build();
    props.globalSecondaryIndexes().forEach(table::addGlobalSecondaryIndex);
  }

  public ITable table() {
    return table;
  }

  /**
   * Lets {@code grantee} perform exactly these item actions (e.g. {@code dynamodb:GetItem}) on the
   * table and its indexes, and use the table's key as DynamoDB requires.
   */
  public void grantItemActions(IGrantable grantee, String... actions) {
    // Not table.grant(): it adds the table's index/* wildcard whether the grantee reads an index or
    // not.
    Grant.addToPrincipal(
        GrantOnPrincipalOptions.builder()
            .grantee(grantee)
            .actions(List.of(actions))
            .resourceArns(List.of(table.getTableArn()))
            .build());
    key.grant(grantee, KEY_ACTIONS);
  }

  /** Lets {@code grantee} query one named index of the table. */
  public void grantQueryOnIndex(IGrantable grantee, String indexName) {
    Grant.addToPrincipal(
        GrantOnPrincipalOptions.builder()
            .grantee(grantee)
            .actions(List.of("dynamodb:Query"))
            .resourceArns(List.of(table.getTableArn() + "/index/" + indexName))
            .build());
    key.grant(grantee, KEY_ACTIONS);
  }
}
