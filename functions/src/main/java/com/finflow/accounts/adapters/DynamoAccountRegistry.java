package com.finflow.accounts.adapters;

import static com.finflow.shared.aws.Items.s;

import com.finflow.accounts.AccountRegistry;
import com.finflow.accounts.BankAccount;
import com.finflow.shared.aws.AccountsTable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Accounts keyed by IBAN. The balance and reservation columns are the ones {@link AccountsTable}
 * defines, which transfers reserve funds against.
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
    if (account.reserved().minorUnits() != 0) {
      throw new IllegalArgumentException("a new account has nothing reserved");
    }
    Map<String, AttributeValue> item = new HashMap<>(AccountsTable.key(account.iban()));
    item.put(AccountsTable.BIC, s(account.bic()));
    item.put(AccountsTable.ORGANIZATION_ID, s(account.organizationId()));
    item.put(AccountsTable.CREATED_AT, s(account.createdAt().toString()));
    item.putAll(AccountsTable.openingColumns(account.balance()));
    try {
      dynamoDb.putItem(
          request ->
              request
                  .tableName(table)
                  .item(item)
                  .conditionExpression("attribute_not_exists(" + AccountsTable.IBAN + ")"));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public Optional<BankAccount> find(String iban) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                request ->
                    request.tableName(table).key(AccountsTable.key(iban)).consistentRead(true))
            .item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new BankAccount(
            iban,
            item.get(AccountsTable.BIC).s(),
            item.get(AccountsTable.ORGANIZATION_ID).s(),
            AccountsTable.money(item, AccountsTable.BALANCE_MINOR),
            AccountsTable.money(item, AccountsTable.RESERVED_MINOR),
            Instant.parse(item.get(AccountsTable.CREATED_AT).s())));
  }
}
