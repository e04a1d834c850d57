package com.finflow.cashflow.adapters;

import static com.finflow.cashflow.adapters.CashflowKeys.SK;
import static com.finflow.shared.aws.Items.s;

import com.finflow.cashflow.QuarantineRecords;
import com.finflow.cashflow.Rule;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Quarantined rows as {@link DynamoBatchLedger} writes them: one entry under the organization and
 * one under each company the row names, sorted by rule, so a listing by rule or company is a page
 * of one query.
 */
final class DynamoQuarantineRecords implements QuarantineRecords {

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoQuarantineRecords(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public QuarantineRecords.Page list(
      String organizationId,
      Optional<Rule> rule,
      Optional<String> companyId,
      Optional<String> cursor,
      int limit) {
    String pk =
        companyId
            .map(company -> CashflowKeys.quarantineOfCompany(organizationId, company))
            .orElse(CashflowKeys.quarantine(organizationId));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(pk)));
    rule.ifPresent(r -> values.put(":rule", s(CashflowKeys.entryPrefix(r))));
    QueryResponse page =
        dynamoDb.query(
            request ->
                request
                    .tableName(table)
                    .keyConditionExpression(
                        rule.isPresent() ? "pk = :pk AND begins_with(sk, :rule)" : "pk = :pk")
                    .expressionAttributeValues(values)
                    .exclusiveStartKey(
                        cursor.map(c -> CashflowKeys.key(pk, entryCursor(c, rule))).orElse(null))
                    .limit(limit));
    return new QuarantineRecords.Page(
        page.items().stream().map(item -> CashflowCodec.entryOf(item.get("entry").s())).toList(),
        page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
            ? Optional.of(ListingCursor.encode(page.lastEvaluatedKey().get(SK).s()))
            : Optional.empty());
  }

  /** The sort key a cursor of this listing stands for; a cursor of another listing is refused. */
  private static String entryCursor(String cursor, Optional<Rule> rule) {
    String sk = ListingCursor.decode(cursor);
    int hash = sk.indexOf('#');
    boolean fits =
        hash > 0
            && hash < sk.length() - 1
            && Arrays.stream(Rule.values()).anyMatch(r -> r.name().equals(sk.substring(0, hash)))
            && rule.map(r -> sk.startsWith(CashflowKeys.entryPrefix(r))).orElse(true);
    if (!fits) {
      throw ListingCursor.notACursor();
    }
    return sk;
  }
}
