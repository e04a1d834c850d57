package com.finflow.identity.adapters;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;

import com.finflow.identity.RefreshTokenStore;
import com.finflow.identity.Role;
import com.finflow.identity.StoredRefreshToken;
import com.finflow.identity.TokenFamilies;
import com.finflow.shared.aws.Items;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Refresh tokens ({@code REFRESH#sha256}) and their families ({@code FAMILY#id}) in the identity
 * table; both expire through the table's TTL attribute {@code expires_at}.
 */
final class DynamoRefreshTokenStore implements RefreshTokenStore, TokenFamilies {

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoRefreshTokenStore(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public void start(StoredRefreshToken first, Instant familyExpiresAt) {
    dynamoDb.transactWriteItems(
        request ->
            request.transactItems(
                TransactWriteItem.builder()
                    .put(
                        put ->
                            put.tableName(table)
                                .item(
                                    Map.of(
                                        "pk", s("FAMILY#" + first.familyId()),
                                        "revoked", AttributeValue.fromBool(false),
                                        "expires_at", n(familyExpiresAt.getEpochSecond())))
                                .conditionExpression("attribute_not_exists(pk)"))
                    .build(),
                putToken(first)));
  }

  @Override
  public Optional<StoredRefreshToken> find(String hash) {
    return IdentityTable.get(dynamoDb, table, "REFRESH#" + hash)
        .map(
            item ->
                new StoredRefreshToken(
                    hash,
                    item.get("family_id").s(),
                    item.get("user_id").s(),
                    item.get("organization_id").s(),
                    Role.fromWireName(item.get("role").s()).orElseThrow(),
                    Instant.ofEpochSecond(Long.parseLong(item.get("expires_at").n())),
                    item.get("used").bool()));
  }

  @Override
  public boolean isRevoked(String familyId) {
    return IdentityTable.get(dynamoDb, table, "FAMILY#" + familyId)
        .map(item -> item.get("revoked").bool())
        .orElse(true);
  }

  @Override
  public boolean rotate(StoredRefreshToken current, StoredRefreshToken next) {
    try {
      dynamoDb.transactWriteItems(
          request ->
              request.transactItems(
                  TransactWriteItem.builder()
                      .update(
                          update ->
                              update
                                  .tableName(table)
                                  .key(IdentityTable.key("REFRESH#" + current.hash()))
                                  .updateExpression("SET used = :true")
                                  .conditionExpression("used = :false")
                                  .expressionAttributeValues(
                                      Map.of(
                                          ":true",
                                          AttributeValue.fromBool(true),
                                          ":false",
                                          AttributeValue.fromBool(false))))
                      .build(),
                  TransactWriteItem.builder()
                      .conditionCheck(
                          check ->
                              check
                                  .tableName(table)
                                  .key(IdentityTable.key("FAMILY#" + current.familyId()))
                                  .conditionExpression("revoked = :false")
                                  .expressionAttributeValues(
                                      Map.of(":false", AttributeValue.fromBool(false))))
                      .build(),
                  putToken(next)));
      return true;
    } catch (TransactionCanceledException e) {
      if (Items.failedOnlyOnConditions(e)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void revokeFamily(String familyId) {
    dynamoDb.updateItem(
        request ->
            request
                .tableName(table)
                .key(IdentityTable.key("FAMILY#" + familyId))
                .updateExpression("SET revoked = :true")
                .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true))));
  }

  private TransactWriteItem putToken(StoredRefreshToken token) {
    return TransactWriteItem.builder()
        .put(
            put ->
                put.tableName(table)
                    .item(
                        Map.of(
                            "pk", s("REFRESH#" + token.hash()),
                            "family_id", s(token.familyId()),
                            "user_id", s(token.userId()),
                            "organization_id", s(token.organizationId()),
                            "role", s(token.role().wireName()),
                            "used", AttributeValue.fromBool(token.used()),
                            "expires_at", n(token.expiresAt().getEpochSecond())))
                    .conditionExpression("attribute_not_exists(pk)"))
        .build();
  }
}
