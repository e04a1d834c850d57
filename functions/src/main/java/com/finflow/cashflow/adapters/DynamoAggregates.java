package com.finflow.cashflow.adapters;

import static com.finflow.cashflow.adapters.CashflowKeys.PK;
import static com.finflow.cashflow.adapters.CashflowKeys.SK;

import com.finflow.cashflow.AggregateKey;
import com.finflow.cashflow.Aggregates;
import com.finflow.cashflow.FigureNames;
import com.finflow.cashflow.Figures;
import com.finflow.shared.aws.ItemBatches;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The aggregates {@link DynamoBatchLedger} keeps, read by key: an answer costs one read per item it
 * needs, 100 to a request, however many rows the items sum.
 */
final class DynamoAggregates implements Aggregates {

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoAggregates(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public Map<AggregateKey, Figures> read(String organizationId, Collection<AggregateKey> keys) {
    return read(organizationId, keys, List.of());
  }

  @Override
  public Map<AggregateKey, Figures> readDays(String organizationId, Collection<AggregateKey> keys) {
    List<String> attributes = new ArrayList<>(List.of(PK, SK));
    FigureNames.allOfDays().forEach(name -> attributes.add(CashflowKeys.FIGURE + name));
    return read(organizationId, keys, attributes);
  }

  private Map<AggregateKey, Figures> read(
      String organizationId, Collection<AggregateKey> keys, List<String> attributes) {
    Map<String, AggregateKey> byKey = new LinkedHashMap<>();
    Map<AggregateKey, Figures> figures = new LinkedHashMap<>();
    for (AggregateKey key : keys) {
      String[] item = CashflowKeys.aggregate(organizationId, key);
      byKey.put(item[0] + "\n" + item[1], key);
      figures.put(key, new Figures());
    }
    List<Map<String, AttributeValue>> itemKeys =
        byKey.keySet().stream()
            .map(both -> CashflowKeys.key(both.split("\n")[0], both.split("\n")[1]))
            .toList();
    for (Map<String, AttributeValue> item :
        ItemBatches.get(dynamoDb, table, itemKeys, false, attributes)) {
      Figures read = new Figures();
      item.forEach(
          (name, value) -> {
            if (name.startsWith(CashflowKeys.FIGURE)) {
              read.add(name.substring(CashflowKeys.FIGURE.length()), Long.parseLong(value.n()));
            }
          });
      figures.put(byKey.get(item.get(PK).s() + "\n" + item.get(SK).s()), read);
    }
    return figures;
  }
}
