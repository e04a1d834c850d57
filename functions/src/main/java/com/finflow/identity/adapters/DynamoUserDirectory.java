package com.finflow.identity.adapters;

import static com.finflow.shared.aws.Items.s;

import com.finflow.identity.CredentialStore;
import com.finflow.identity.Credentials;
import com.finflow.identity.Email;
import com.finflow.identity.Organization;
import com.finflow.identity.PasswordHash;
import com.finflow.identity.Role;
import com.finflow.identity.User;
import com.finflow.identity.UserDirectory;
import com.finflow.identity.UserRegistry;
import com.finflow.shared.aws.Items;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Users in the identity table. A user is two items written together: {@code USER#id} (the profile)
 * and {@code EMAIL#address} (uniqueness of the email, and the password hash that sign-in reads in
 * one get).
 */
final class DynamoUserDirectory implements UserDirectory, UserRegistry, CredentialStore {

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoUserDirectory(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public boolean registerOrganization(
      Organization organization, User admin, PasswordHash passwordHash) {
    TransactWriteItem putOrganization =
        TransactWriteItem.builder()
            .put(
                put ->
                    put.tableName(table)
                        .item(
                            Map.of(
                                "pk", s("ORG#" + organization.id()),
                                "name", s(organization.name()),
                                "created_at", s(organization.createdAt().toString())))
                        .conditionExpression("attribute_not_exists(pk)"))
            .build();
    return writeUser(putOrganization, admin, passwordHash);
  }

  @Override
  public boolean addMember(User member, PasswordHash passwordHash) {
    TransactWriteItem organizationExists =
        TransactWriteItem.builder()
            .conditionCheck(
                check ->
                    check
                        .tableName(table)
                        .key(IdentityTable.key("ORG#" + member.organizationId()))
                        .conditionExpression("attribute_exists(pk)"))
            .build();
    return writeUser(organizationExists, member, passwordHash);
  }

  private boolean writeUser(
      TransactWriteItem organizationItem, User user, PasswordHash passwordHash) {
    Map<String, AttributeValue> profile =
        Map.of(
            "pk", s("USER#" + user.id()),
            "user_id", s(user.id()),
            "organization_id", s(user.organizationId()),
            "email", s(user.email().value()),
            "role", s(user.role().wireName()),
            "created_at", s(user.createdAt().toString()));
    Map<String, AttributeValue> login =
        Map.of(
            "pk", s("EMAIL#" + user.email().value()),
            "user_id", s(user.id()),
            "organization_id", s(user.organizationId()),
            "email", s(user.email().value()),
            "role", s(user.role().wireName()),
            "created_at", s(user.createdAt().toString()),
            "password_hash", s(passwordHash.encoded()));
    try {
      dynamoDb.transactWriteItems(
          request ->
              request.transactItems(
                  organizationItem,
                  TransactWriteItem.builder()
                      .put(
                          put ->
                              put.tableName(table)
                                  .item(profile)
                                  .conditionExpression("attribute_not_exists(pk)"))
                      .build(),
                  TransactWriteItem.builder()
                      .put(
                          put ->
                              put.tableName(table)
                                  .item(login)
                                  .conditionExpression("attribute_not_exists(pk)"))
                      .build()));
      return true;
    } catch (TransactionCanceledException e) {
      if (Items.failedOnlyOnConditions(e)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<User> findById(String userId) {
    return IdentityTable.get(dynamoDb, table, "USER#" + userId).map(DynamoUserDirectory::userOf);
  }

  @Override
  public Optional<Credentials> credentialsOf(Email email) {
    return IdentityTable.get(dynamoDb, table, "EMAIL#" + email.value())
        .map(
            item -> new Credentials(userOf(item), new PasswordHash(item.get("password_hash").s())));
  }

  @Override
  public Optional<Organization> organization(String organizationId) {
    return IdentityTable.get(dynamoDb, table, "ORG#" + organizationId)
        .map(
            item ->
                new Organization(
                    organizationId,
                    item.get("name").s(),
                    Instant.parse(item.get("created_at").s())));
  }

  private static User userOf(Map<String, AttributeValue> item) {
    return new User(
        item.get("user_id").s(),
        item.get("organization_id").s(),
        new Email(item.get("email").s()),
        Role.fromWireName(item.get("role").s()).orElseThrow(),
        Instant.parse(item.get("created_at").s()));
  }
}
