package com.finflow.personal.adapters;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;

import com.finflow.personal.DailyBar;
import com.finflow.personal.PriceMonths;
import com.finflow.personal.Security;
import com.finflow.personal.SecurityCards;
import com.finflow.shared.aws.ItemBatches;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Prices and securities cached in the personal table, laid out as {@link PriceItems} says. A claim
 * is a conditional update of the month's item, so of any number of concurrent claimants exactly one
 * wins.
 */
final class DynamoPriceCache implements PriceMonths, SecurityCards {

  // An abandoned claim (its fetcher died) is cleared by the time to live after an hour.
  private static final Duration CLAIM_RETENTION = Duration.ofHours(1);

  private final DynamoDbClient dynamo;
  private final String table;

  DynamoPriceCache(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Map<YearMonth, PriceMonth> read(String symbol, Collection<YearMonth> months) {
    List<YearMonth> asked = new ArrayList<>(months);
    Map<YearMonth, PriceMonth> kept = new HashMap<>();
    List<Map<String, AttributeValue>> keys =
        asked.stream().map(month -> monthKey(symbol, month)).toList();
    for (Map<String, AttributeValue> item : ItemBatches.get(dynamo, table, keys, true)) {
      if (item.containsKey(PriceItems.FRESH_UNTIL)) {
        kept.put(
            YearMonth.parse(item.get("sk").s().substring(PriceItems.MONTH_PREFIX.length())),
            new PriceMonth(
                PriceItems.bars(item.get(PriceItems.BARS).s()),
                Instant.ofEpochMilli(Long.parseLong(item.get(PriceItems.FRESH_UNTIL).n()))));
      }
    }
    return kept;
  }

  @Override
  public boolean claim(
      String symbol,
      YearMonth month,
      String claimant,
      Instant now,
      Instant until,
      boolean evenIfFresh) {
    String unclaimed = "(attribute_not_exists(claimed_until) OR claimed_until <= :now)";
    String condition =
        evenIfFresh
            ? unclaimed
            : "(attribute_not_exists(fresh_until) OR fresh_until <= :now) AND " + unclaimed;
    try {
      dynamo.updateItem(
          request ->
              request
                  .tableName(table)
                  .key(monthKey(symbol, month))
                  .updateExpression(
                      "SET claimant = :claimant, claimed_until = :until,"
                          + " expires_at = if_not_exists(expires_at, :expires)")
                  .conditionExpression(condition)
                  .expressionAttributeValues(
                      Map.of(
                          ":now", n(now.toEpochMilli()),
                          ":until", n(until.toEpochMilli()),
                          ":claimant", s(claimant),
                          ":expires", n(until.plus(CLAIM_RETENTION).getEpochSecond()))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public void keep(String symbol, YearMonth month, List<DailyBar> bars, Instant freshUntil) {
    Map<String, AttributeValue> item = new HashMap<>(monthKey(symbol, month));
    item.put(PriceItems.BARS, s(PriceItems.bars(bars)));
    item.put(PriceItems.FRESH_UNTIL, n(freshUntil.toEpochMilli()));
    item.put(PriceItems.EXPIRES_AT, n(freshUntil.getEpochSecond()));
    dynamo.putItem(request -> request.tableName(table).item(item));
  }

  @Override
  public void release(String symbol, YearMonth month, String claimant) {
    try {
      dynamo.updateItem(
          request ->
              request
                  .tableName(table)
                  .key(monthKey(symbol, month))
                  .updateExpression("REMOVE claimant, claimed_until")
                  .conditionExpression("claimant = :claimant")
                  .expressionAttributeValues(Map.of(":claimant", s(claimant))));
    } catch (ConditionalCheckFailedException e) {
      // The claim had lapsed and another took it: theirs to end.
    }
  }

  @Override
  public void watch(String symbol, Instant usedAt) {
    dynamo.putItem(
        request ->
            request
                .tableName(table)
                .item(
                    Map.of(
                        "pk",
                        s(PriceItems.WATCH_PARTITION),
                        "sk",
                        s(PriceItems.WATCH_PREFIX + symbol),
                        PriceItems.USED_AT,
                        n(usedAt.toEpochMilli()))));
  }

  @Override
  public List<String> watched(Instant since) {
    List<String> symbols = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> exclusiveStart = start;
      QueryResponse page =
          dynamo.query(
              request ->
                  request
                      .tableName(table)
                      .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                      .filterExpression("used_at >= :since")
                      .expressionAttributeValues(
                          Map.of(
                              ":pk", s(PriceItems.WATCH_PARTITION),
                              ":prefix", s(PriceItems.WATCH_PREFIX),
                              ":since", n(since.toEpochMilli())))
                      .exclusiveStartKey(exclusiveStart));
      page.items()
          .forEach(
              item -> symbols.add(item.get("sk").s().substring(PriceItems.WATCH_PREFIX.length())));
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null);
    return symbols;
  }

  @Override
  public Optional<Security> card(String symbol, Instant now) {
    return fresh(PriceItems.cardKey(symbol), "CARD", now)
        .map(item -> PriceItems.security(item.get(PriceItems.FOUND).s()));
  }

  @Override
  public void keepCard(Security security, Instant freshUntil) {
    put(PriceItems.cardKey(security.symbol()), "CARD", PriceItems.security(security), freshUntil);
  }

  @Override
  public Optional<List<Security>> search(String words, Instant now) {
    return fresh(PriceItems.searchKey(words), "RESULT", now)
        .map(
            item ->
                item.get(PriceItems.FOUND).s().isEmpty()
                    ? List.of()
                    : List.of(item.get(PriceItems.FOUND).s().split("\n")).stream()
                        .map(PriceItems::security)
                        .toList());
  }

  @Override
  public void keepSearch(String words, List<Security> found, Instant freshUntil) {
    put(
        PriceItems.searchKey(words),
        "RESULT",
        String.join("\n", found.stream().map(PriceItems::security).toList()),
        freshUntil);
  }

  private Optional<Map<String, AttributeValue>> fresh(String pk, String sk, Instant now) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(request -> request.tableName(table).key(Map.of("pk", s(pk), "sk", s(sk))))
            .item();
    if (item == null
        || item.isEmpty()
        || Long.parseLong(item.get(PriceItems.FRESH_UNTIL).n()) <= now.toEpochMilli()) {
      return Optional.empty();
    }
    return Optional.of(item);
  }

  private void put(String pk, String sk, String found, Instant freshUntil) {
    dynamo.putItem(
        request ->
            request
                .tableName(table)
                .item(
                    Map.of(
                        "pk",
                        s(pk),
                        "sk",
                        s(sk),
                        PriceItems.FOUND,
                        s(found),
                        PriceItems.FRESH_UNTIL,
                        n(freshUntil.toEpochMilli()),
                        PriceItems.EXPIRES_AT,
                        n(freshUntil.getEpochSecond()))));
  }

  private static Map<String, AttributeValue> monthKey(String symbol, YearMonth month) {
    return Map.of("pk", s(PriceItems.symbolKey(symbol)), "sk", s(PriceItems.MONTH_PREFIX + month));
  }
}
