package com.finflow.cashflow.adapters;

import static com.finflow.cashflow.adapters.CashflowKeys.PK;
import static com.finflow.cashflow.adapters.CashflowKeys.SK;
import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;

import com.finflow.cashflow.AggregateKey;
import com.finflow.cashflow.CurrencyUsage;
import com.finflow.cashflow.ExchangeRate;
import com.finflow.cashflow.ExchangeRates;
import com.finflow.cashflow.FigureNames;
import com.finflow.cashflow.RateBook;
import com.finflow.shared.aws.ItemBatches;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Rate periods (one item each under the organization's rates), the rate book's version (in {@link
 * AggregateKey.RateUsage#PARTS} parts) and the rate usage parts, in the cashflow table.
 */
final class DynamoExchangeRates implements ExchangeRates {

  private static final String ALWAYS = "always";

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoExchangeRates(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public RateBook book(String organizationId) {
    // The version first: periods read after it are at least as new, so a step that converts with
    // them and commits on this version never misses a period added before it.
    Map<String, AttributeValue> head =
        dynamoDb
            .getItem(
                request ->
                    request
                        .tableName(table)
                        .key(CashflowKeys.rateBook(organizationId, 0))
                        .consistentRead(true))
            .item();
    long version = head.containsKey("v") ? Long.parseLong(head.get("v").n()) : 0;
    List<ExchangeRate> rates = new ArrayList<>();
    dynamoDb
        .queryPaginator(
            QueryRequest.builder()
                .tableName(table)
                .consistentRead(true)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(
                    Map.of(":pk", s(CashflowKeys.organization(organizationId, "RATES"))))
                .build())
        .items()
        .forEach(
            item ->
                rates.add(
                    new ExchangeRate(
                        item.get("currency").s(),
                        new BigDecimal(item.get("eur_rate").s()),
                        new BigDecimal(item.get("usd_rate").s()),
                        item.containsKey("valid_from")
                            ? Optional.of(LocalDate.parse(item.get("valid_from").s()))
                            : Optional.empty())));
    return new RateBook(rates, version);
  }

  @Override
  public CurrencyUsage usage(String organizationId, String currency) {
    Map<String, AggregateKey.RateUsage> parts = new LinkedHashMap<>();
    for (int part = AggregateKey.RateUsage.WHOLE; part < AggregateKey.RateUsage.PARTS; part++) {
      AggregateKey.RateUsage key = new AggregateKey.RateUsage(currency, part);
      parts.put(CashflowKeys.aggregate(organizationId, key)[1], key);
    }
    String pk = CashflowKeys.aggregate(organizationId, AggregateKey.RateUsage.of(currency))[0];
    Map<LocalDate, Long> rows = new TreeMap<>();
    Map<String, Long> writes = new HashMap<>();
    parts.forEach((sk, key) -> writes.put(key.id(), 0L));
    List<Map<String, AttributeValue>> keys =
        parts.keySet().stream().map(sk -> CashflowKeys.key(pk, sk)).toList();
    for (Map<String, AttributeValue> item : ItemBatches.get(dynamoDb, table, keys, true)) {
      AggregateKey.RateUsage key = parts.get(item.get(SK).s());
      item.forEach(
          (name, value) -> {
            if (name.startsWith(CashflowKeys.FIGURE)) {
              String figure = name.substring(CashflowKeys.FIGURE.length());
              long count = Long.parseLong(value.n());
              FigureNames.usageDay(figure)
                  .ifPresentOrElse(
                      day -> rows.merge(day, count, Long::sum), () -> writes.put(key.id(), count));
            }
          });
    }
    return new CurrencyUsage(rows, writes);
  }

  @Override
  public boolean add(String organizationId, ExchangeRate rate, RateBook book, CurrencyUsage usage) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(PK, s(CashflowKeys.organization(organizationId, "RATES")));
    item.put(
        SK, s(rate.currency() + "#" + rate.validFrom().map(LocalDate::toString).orElse(ALWAYS)));
    item.put("currency", s(rate.currency()));
    item.put("eur_rate", s(rate.eurRate().toPlainString()));
    item.put("usd_rate", s(rate.usdRate().toPlainString()));
    rate.validFrom().ifPresent(day -> item.put("valid_from", s(day.toString())));
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(
        TransactWriteItem.builder()
            .put(
                put ->
                    put.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"))
            .build());
    // Every part of the version moves on, each only from the version read.
    for (int part = 0; part < AggregateKey.RateUsage.PARTS; part++) {
      Map<String, AttributeValue> key = CashflowKeys.rateBook(organizationId, part);
      writes.add(
          TransactWriteItem.builder()
              .update(
                  update ->
                      update
                          .tableName(table)
                          .key(key)
                          .conditionExpression(
                              book.version() == 0 ? "attribute_not_exists(v)" : "v = :v")
                          .updateExpression("SET v = :next")
                          .expressionAttributeValues(
                              book.version() == 0
                                  ? Map.of(":next", n(1))
                                  : Map.of(
                                      ":v", n(book.version()), ":next", n(book.version() + 1))))
              .build());
    }
    usage
        .writesPerPart()
        .forEach(
            (id, count) -> {
              String[] part = CashflowKeys.aggregate(organizationId, CashflowKeys.aggregateOf(id));
              String written = CashflowKeys.FIGURE + FigureNames.USAGE_WRITES;
              writes.add(
                  TransactWriteItem.builder()
                      .conditionCheck(
                          check ->
                              check
                                  .tableName(table)
                                  .key(CashflowKeys.key(part[0], part[1]))
                                  .conditionExpression(
                                      count == 0 ? "attribute_not_exists(#w)" : "#w = :w")
                                  .expressionAttributeNames(Map.of("#w", written))
                                  .expressionAttributeValues(
                                      count == 0 ? null : Map.of(":w", n(count))))
                      .build());
            });
    return Transactions.commit(dynamoDb, writes);
  }
}
