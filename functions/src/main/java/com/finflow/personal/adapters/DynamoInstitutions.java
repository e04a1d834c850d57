package com.finflow.personal.adapters;

import static com.finflow.personal.adapters.BookItems.ACCOUNTS;
import static com.finflow.personal.adapters.BookItems.INSTITUTIONS;
import static com.finflow.personal.adapters.BookTable.ABSENT;
import static com.finflow.personal.adapters.BookTable.EXISTS;
import static com.finflow.personal.adapters.BookTable.MINUS_ONE;
import static com.finflow.personal.adapters.BookTable.ZERO;
import static com.finflow.shared.aws.Items.s;

import com.finflow.personal.Institution;
import com.finflow.personal.Institutions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A user's institutions in the personal table: counted on the user's book item against the limit,
 * and removed only while no account refers to them.
 */
final class DynamoInstitutions implements Institutions {

  private final BookTable table;

  DynamoInstitutions(BookTable table) {
    this.table = table;
  }

  @Override
  public Adding add(Institution institution, int limit) {
    int failed =
        table.transact(
            List.of(
                table.countBelow(BookItems.bookKey(institution.userId()), INSTITUTIONS, limit),
                table.put(BookItems.item(institution), ABSENT)));
    return switch (failed) {
      case -1 -> Adding.ADDED;
      case 0 -> Adding.LIMIT_REACHED;
      default -> throw new IllegalStateException("an institution id was issued twice");
    };
  }

  @Override
  public Optional<Institution> institution(String userId, String id) {
    return table.get(BookItems.institutionKey(userId, id)).map(BookItems::institution);
  }

  @Override
  public List<Institution> institutions(String userId) {
    return table.query(userId, BookItems.INSTITUTION_PREFIX, BookItems::institution);
  }

  @Override
  public boolean replace(Institution institution) {
    Map<String, String> names =
        Map.of(
            "#name", BookItems.NAME,
            "#country", BookItems.COUNTRY,
            "#bic", BookItems.BIC,
            "#updated", BookItems.UPDATED_AT);
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":name", s(institution.name()));
    values.put(":country", s(institution.country()));
    values.put(":updated", s(institution.updatedAt().toString()));
    String update = "SET #name = :name, #country = :country, #updated = :updated";
    if (institution.bic().isPresent()) {
      values.put(":bic", s(institution.bic().get()));
      update += ", #bic = :bic";
    } else {
      update += " REMOVE #bic";
    }
    String expression = update;
    try {
      table
          .dynamoDb()
          .updateItem(
              request ->
                  request
                      .tableName(table.name())
                      .key(BookItems.institutionKey(institution.userId(), institution.id()))
                      .updateExpression(expression)
                      .conditionExpression(EXISTS)
                      .expressionAttributeNames(names)
                      .expressionAttributeValues(values));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public Removal remove(String userId, String id) {
    Map<String, AttributeValue> key = BookItems.institutionKey(userId, id);
    int failed =
        table.transact(
            List.of(
                TransactWriteItem.builder()
                    .delete(
                        delete ->
                            delete
                                .tableName(table.name())
                                .key(key)
                                .conditionExpression(
                                    EXISTS + " AND (attribute_not_exists(#n) OR #n = :zero)")
                                .expressionAttributeNames(Map.of("#n", ACCOUNTS))
                                .expressionAttributeValues(Map.of(":zero", ZERO)))
                    .build(),
                table.add(BookItems.bookKey(userId), INSTITUTIONS, MINUS_ONE)));
    if (failed == -1) {
      return Removal.REMOVED;
    }
    return table.get(key).isEmpty() ? Removal.NOT_FOUND : Removal.IN_USE;
  }
}
