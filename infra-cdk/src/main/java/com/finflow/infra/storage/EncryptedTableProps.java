package com.finflow.infra.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;

/**
 * Key schema and optional features of an {@link EncryptedTable}.
 *
 * @param timeToLiveAttribute epoch-seconds attribute after which DynamoDB deletes the item
 */
public record EncryptedTableProps(
    Attribute partitionKey,
    Optional<Attribute> sortKey,
    Optional<String> timeToLiveAttribute,
    List<GlobalSecondaryIndexProps> globalSecondaryIndexes) {

  public EncryptedTableProps {
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(sortKey, "sortKey");
    Objects.requireNonNull(timeToLiveAttribute, "timeToLiveAttribute");
    globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
  }

  public static EncryptedTableProps withPartitionKey(String name, AttributeType type) {
    return new EncryptedTableProps(
        attribute(name, type), Optional.empty(), Optional.empty(), List.of());
  }

  public EncryptedTableProps withSortKey(String name, AttributeType type) {
    return new EncryptedTableProps(
        partitionKey,
        Optional.of(attribute(name, type)),
        timeToLiveAttribute,
        globalSecondaryIndexes);
  }

  public EncryptedTableProps withTimeToLive(String attributeName) {
    return new EncryptedTableProps(
        partitionKey, sortKey, Optional.of(attributeName), globalSecondaryIndexes);
  }

  public EncryptedTableProps withGlobalSecondaryIndex(GlobalSecondaryIndexProps index) {
    var indexes = new ArrayList<>(globalSecondaryIndexes);
    indexes.add(index);
    return new EncryptedTableProps(partitionKey, sortKey, timeToLiveAttribute, indexes);
  }

  private static Attribute attribute(String name, AttributeType type) {
    return Attribute.builder().name(name).type(type).build();
  }
}
