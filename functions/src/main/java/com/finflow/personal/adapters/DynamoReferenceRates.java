package com.finflow.personal.adapters;

import com.finflow.personal.DailyRates;
import com.finflow.personal.ReferenceRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The reference rates in the personal table, one item per publication day under {@code pk =
 * RATES#EUR}, {@code sk = <date>}, the rates as exact decimal strings. No user's key can name this
 * partition: theirs all start with {@code USER#}.
 */
final class DynamoReferenceRates implements ReferenceRates {

  static final String PARTITION = "RATES#EUR";
  private static final int BATCH = 25;

  private final DynamoDbClient dynamo;
  private final String table;

  DynamoReferenceRates(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Optional<DailyRates> latestOnOrBefore(LocalDate day) {
    return newestItem(
        QueryRequest.builder()
            .keyConditionExpression("pk = :pk AND sk <= :day")
            .expressionAttributeValues(Map.of(":pk", s(PARTITION), ":day", s(day.toString()))));
  }

  @Override
  public Optional<LocalDate> newest() {
    return newestItem(
            QueryRequest.builder()
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(PARTITION))))
        .map(DailyRates::published);
  }

  @Override
  public void saveAll(List<DailyRates> publications) {
    for (int from = 0; from < publications.size(); from += BATCH) {
      List<WriteRequest> writes = new ArrayList<>();
      for (DailyRates day :
          publications.subList(from, Math.min(from + BATCH, publications.size()))) {
        writes.add(
            WriteRequest.builder()
                .putRequest(PutRequest.builder().item(item(day)).build())
                .build());
      }
      Map<String, List<WriteRequest>> pending = Map.of(table, writes);
      // DynamoDB may leave some writes unprocessed under load: they are sent again until none is.
      for (int attempt = 0; !pending.isEmpty(); attempt++) {
        if (attempt > 0) {
          pause(attempt);
        }
        Map<String, List<WriteRequest>> sending = pending;
        BatchWriteItemResponse response =
            dynamo.batchWriteItem(request -> request.requestItems(sending));
        pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
      }
    }
  }

  private Optional<DailyRates> newestItem(QueryRequest.Builder query) {
    return dynamo
        .query(query.tableName(table).scanIndexForward(false).limit(1).consistentRead(true).build())
        .items()
        .stream()
        .findFirst()
        .map(DynamoReferenceRates::day);
  }

  private static Map<String, AttributeValue> item(DailyRates day) {
    Map<String, AttributeValue> rates = new HashMap<>();
    day.perEuro().forEach((code, rate) -> rates.put(code, s(rate.toPlainString())));
    return Map.of(
        "pk", s(PARTITION),
        "sk", s(day.published().toString()),
        "rates", AttributeValue.builder().m(rates).build());
  }

  private static DailyRates day(Map<String, AttributeValue> item) {
    Map<String, BigDecimal> rates = new TreeMap<>();
    item.get("rates").m().forEach((code, rate) -> rates.put(code, new BigDecimal(rate.s())));
    return DailyRates.of(LocalDate.parse(item.get("sk").s()), rates);
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(1_000L, 50L << Math.min(attempt, 5)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static AttributeValue s(String value) {
    return AttributeValue.builder().s(value).build();
  }
}
