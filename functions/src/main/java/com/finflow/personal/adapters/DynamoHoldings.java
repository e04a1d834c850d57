package com.finflow.personal.adapters;

import static com.finflow.personal.adapters.BookItems.HOLDINGS;
import static com.finflow.personal.adapters.BookTable.ABSENT;
import static com.finflow.personal.adapters.BookTable.EXISTS;
import static com.finflow.personal.adapters.BookTable.MINUS_ONE;
import static com.finflow.personal.adapters.BookTable.ONE;
import static com.finflow.shared.aws.Items.s;

import com.finflow.personal.Account;
import com.finflow.personal.AccountKind;
import com.finflow.personal.Holding;
import com.finflow.personal.Holdings;
import com.finflow.shared.aws.Items;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A user's holdings in the personal table: each counted on its account's item, which must exist, be
 * an investment account and be below the limit, in the same transaction as the holding.
 */
final class DynamoHoldings implements Holdings {

  private final BookTable table;

  DynamoHoldings(BookTable table) {
    this.table = table;
  }

  @Override
  public Adding add(Holding holding, int limit) {
    int failed =
        table.transact(
            List.of(
                table.adding(
                    BookItems.accountKey(holding.userId(), holding.accountId()),
                    HOLDINGS,
                    ONE,
                    Optional.of(
                        EXISTS
                            + " AND #kind = :investment"
                            + " AND (attribute_not_exists(#n) OR #n < :limit)"),
                    Map.of("#kind", BookItems.KIND),
                    Map.of(
                        ":investment",
                        s(AccountKind.INVESTMENT.wireName()),
                        ":limit",
                        Items.n(limit))),
                table.put(BookItems.item(holding), ABSENT)));
    if (failed == -1) {
      return Adding.ADDED;
    }
    if (failed != 0) {
      throw new IllegalStateException("a holding id was issued twice");
    }
    // Which of the account's conditions refused it.
    Optional<Account> account = table.account(holding.userId(), holding.accountId());
    if (account.isEmpty()) {
      return Adding.NO_ACCOUNT;
    }
    return account.get().kind() == AccountKind.INVESTMENT
        ? Adding.LIMIT_REACHED
        : Adding.NOT_INVESTMENT;
  }

  @Override
  public Optional<Holding> holding(String userId, String id) {
    return table.get(BookItems.holdingKey(userId, id)).map(BookItems::holding);
  }

  @Override
  public List<Holding> holdings(String userId) {
    return table.query(userId, BookItems.HOLDING_PREFIX, BookItems::holding);
  }

  @Override
  public boolean replace(Holding holding) {
    try {
      table
          .dynamoDb()
          .putItem(
              request ->
                  request
                      .tableName(table.name())
                      .item(BookItems.item(holding))
                      .conditionExpression(EXISTS + " AND #account = :account")
                      .expressionAttributeNames(Map.of("#account", BookItems.ACCOUNT_ID))
                      .expressionAttributeValues(Map.of(":account", s(holding.accountId()))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public boolean remove(Holding current) {
    return table.transact(
            List.of(
                TransactWriteItem.builder()
                    .delete(
                        delete ->
                            delete
                                .tableName(table.name())
                                .key(BookItems.holdingKey(current.userId(), current.id()))
                                .conditionExpression(EXISTS))
                    .build(),
                table.add(
                    BookItems.accountKey(current.userId(), current.accountId()),
                    HOLDINGS,
                    MINUS_ONE)))
        == -1;
  }
}
