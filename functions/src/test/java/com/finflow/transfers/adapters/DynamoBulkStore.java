package com.finflow.transfers.adapters;

import com.finflow.shared.aws.AccountsTable;
import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.shared.money.Money;
import com.finflow.transfers.BulkRecords;
import com.finflow.transfers.BulkStore;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The bulk ports on new tables of DynamoDB Local, behind the bulk contracts. */
final class DynamoBulkStore implements BulkStore {

  private final String transfers = TransferAdapters.newTransfersTable();
  private final String accounts = LocalDynamoDb.newTable(AccountsTable.IBAN);
  private final BulkRecords records =
      TransferAdapters.records(new BulkTable(LocalDynamoDb.client(), transfers, accounts));

  @Override
  public BulkRecords records() {
    return records;
  }

  /** The table the bulks, their transfers and their submissions are kept in. */
  String transfersTable() {
    return transfers;
  }

  /** Opens an EUR account with its balance available, in the columns OpenAccount writes. */
  @Override
  public void openAccount(String iban, String organizationId, long balanceCents) {
    Map<String, AttributeValue> item = new HashMap<>(AccountsTable.key(iban));
    item.put(AccountsTable.ORGANIZATION_ID, AttributeValue.fromS(organizationId));
    item.put(AccountsTable.BIC, AttributeValue.fromS("QNTOFRP1XXX"));
    item.put(AccountsTable.CREATED_AT, AttributeValue.fromS("2026-11-23T00:00:00Z"));
    item.putAll(AccountsTable.openingColumns(new Money(balanceCents, Currency.getInstance("EUR"))));
    LocalDynamoDb.client().putItem(request -> request.tableName(accounts).item(item));
  }

  @Override
  public long balanceCents(String iban) {
    return AccountsTable.money(account(iban), AccountsTable.BALANCE_MINOR).minorUnits();
  }

  @Override
  public long reservedCents(String iban) {
    return AccountsTable.money(account(iban), AccountsTable.RESERVED_MINOR).minorUnits();
  }

  Map<String, AttributeValue> account(String iban) {
    return LocalDynamoDb.client()
        .getItem(
            request ->
                request.tableName(accounts).key(AccountsTable.key(iban)).consistentRead(true))
        .item();
  }
}
