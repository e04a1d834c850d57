package com.finflow.accounts.aws;

import com.finflow.accounts.AccountRegistry;
import com.finflow.accounts.BankAccount;
import com.finflow.shared.money.Money;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts keyed by IBAN. {@code available_minor} is stored beside balance and reservation because
 * DynamoDB conditions cannot compute {@code balance - reserved}: reservations compare against it.
 */
final class DynamoAccountRegistry implements AccountRegistry {

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoAccountRegistry(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public boolean open(BankAccount account) {
    try {
      dynamoDb.putItem(request -> request.tableName(table)
          .item(Map.of(
              "iban", AttributeValue.fromS(account.iban()),
              "bic", AttributeValue.fromS(account.bic()),
              "organization_id", AttributeValue.fromS(account.organizationId()),
              "currency", AttributeValue.fromS(account.balance().currency().getCurrencyCode()),
              "balance_minor", minor(account.balance()),
              "reserved_minor", minor(account.reserved()),
              "available_minor", minor(account.available()),
              "created_at", AttributeValue.fromS(account.createdAt().toString())))
          .conditionExpression("attribute_not_exists(iban)"));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public Optional<BankAccount> find(String iban) {
    Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(table)
        .key(Map.of("iban", AttributeValue.fromS(iban))).consistentRead(true)).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    Currency currency = Currency.getInstance(item.get("currency").s());
    return Optional.of(new BankAccount(
        iban,
        item.get("bic").s(),
        item.get("organization_id").s(),
        new Money(Long.parseLong(item.get("balance_minor").n()), currency),
        new Money(Long.parseLong(item.get("reserved_minor").n()), currency),
        Instant.parse(item.get("created_at").s())));
  }

  private static AttributeValue minor(Money money) {
    return AttributeValue.fromN(Long.toString(money.minorUnits()));
  }
}
