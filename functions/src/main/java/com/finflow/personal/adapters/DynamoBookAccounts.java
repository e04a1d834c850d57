package com.finflow.personal.adapters;

import static com.finflow.personal.adapters.BookItems.ACCOUNTS;
import static com.finflow.personal.adapters.BookItems.HOLDINGS;
import static com.finflow.personal.adapters.BookTable.ABSENT;
import static com.finflow.personal.adapters.BookTable.EXISTS;
import static com.finflow.personal.adapters.BookTable.MINUS_ONE;
import static com.finflow.personal.adapters.BookTable.ZERO;
import static com.finflow.shared.aws.Items.s;

import com.finflow.personal.Account;
import com.finflow.personal.Accounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A user's accounts in the personal table: counted on the user's book item against the limit and on
 * their institution's item, versioned by the time of their last change, and removed with their
 * values once they hold nothing.
 */
final class DynamoBookAccounts implements Accounts {

  private final BookTable table;

  DynamoBookAccounts(BookTable table) {
    this.table = table;
  }

  @Override
  public Outcome add(Account account, int limit) {
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(table.countBelow(BookItems.bookKey(account.userId()), ACCOUNTS, limit));
    writes.add(table.put(BookItems.item(account), ABSENT));
    account.institutionId().ifPresent(id -> writes.add(table.referTo(account.userId(), id)));
    return switch (table.transact(writes)) {
      case -1 -> Outcome.DONE;
      case 0 -> Outcome.LIMIT_REACHED;
      case 2 -> Outcome.NO_SUCH_INSTITUTION;
      default -> throw new IllegalStateException("an account id was issued twice");
    };
  }

  @Override
  public Optional<Account> account(String userId, String id) {
    return table.account(userId, id);
  }

  @Override
  public List<Account> accounts(String userId) {
    return table.query(userId, BookItems.ACCOUNT_PREFIX, BookItems::account);
  }

  @Override
  public Outcome replace(Account current, Account changed) {
    Map<String, String> names = new HashMap<>();
    names.put("#name", BookItems.NAME);
    names.put("#updated", BookItems.UPDATED_AT);
    names.put("#institution", BookItems.INSTITUTION_ID);
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":name", s(changed.name()));
    values.put(":updated", s(changed.updatedAt().toString()));
    values.put(":was", s(current.updatedAt().toString()));
    String update = "SET #name = :name, #updated = :updated";
    if (changed.institutionId().isPresent()) {
      values.put(":institution", s(changed.institutionId().get()));
      update += ", #institution = :institution";
    } else {
      update += " REMOVE #institution";
    }
    String expression = update;
    List<TransactWriteItem> writes = new ArrayList<>();
    // The time of the last change is the account's version: a change made since it was read
    // refuses this one, which is what keeps the institutions' counts right.
    writes.add(
        TransactWriteItem.builder()
            .update(
                write ->
                    write
                        .tableName(table.name())
                        .key(BookItems.accountKey(current.userId(), current.id()))
                        .updateExpression(expression)
                        .conditionExpression(EXISTS + " AND #updated = :was")
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values))
            .build());
    if (!changed.institutionId().equals(current.institutionId())) {
      changed.institutionId().ifPresent(id -> writes.add(table.referTo(current.userId(), id)));
      current
          .institutionId()
          .ifPresent(
              id ->
                  writes.add(
                      table.add(
                          BookItems.institutionKey(current.userId(), id), ACCOUNTS, MINUS_ONE)));
    }
    int failed = table.transact(writes);
    if (failed == -1) {
      return Outcome.DONE;
    }
    if (failed == 0) {
      return account(current.userId(), current.id()).isEmpty()
          ? Outcome.NOT_FOUND
          : Outcome.CHANGED_MEANWHILE;
    }
    return Outcome.NO_SUCH_INSTITUTION;
  }

  @Override
  public Outcome remove(Account current) {
    Map<String, AttributeValue> key = BookItems.accountKey(current.userId(), current.id());
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(
        TransactWriteItem.builder()
            .delete(
                delete ->
                    delete
                        .tableName(table.name())
                        .key(key)
                        .conditionExpression(
                            EXISTS
                                + " AND #updated = :was"
                                + " AND (attribute_not_exists(#holdings) OR #holdings = :zero)")
                        .expressionAttributeNames(
                            Map.of("#updated", BookItems.UPDATED_AT, "#holdings", HOLDINGS))
                        .expressionAttributeValues(
                            Map.of(":was", s(current.updatedAt().toString()), ":zero", ZERO)))
            .build());
    writes.add(table.add(BookItems.bookKey(current.userId()), ACCOUNTS, MINUS_ONE));
    current
        .institutionId()
        .ifPresent(
            id ->
                writes.add(
                    table.add(
                        BookItems.institutionKey(current.userId(), id), ACCOUNTS, MINUS_ONE)));
    if (table.transact(writes) != -1) {
      Optional<Account> stored = account(current.userId(), current.id());
      if (stored.isEmpty()) {
        return Outcome.NOT_FOUND;
      }
      return stored.get().equals(current) ? Outcome.HAS_HOLDINGS : Outcome.CHANGED_MEANWHILE;
    }
    // Values are written only while the account exists (a condition of each write): once it is
    // gone, this sweep finds every value there will ever be.
    table.deleteAll(current.userId(), BookItems.valuePrefix(current.id()));
    return Outcome.DONE;
  }
}
