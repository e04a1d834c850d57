package com.finflow.personal.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.finflow.personal.AnalyticsViews;
import com.finflow.personal.Profile;
import com.finflow.personal.ViewEntry;
import com.finflow.personal.ViewHead;
import com.finflow.personal.WriteMarks;
import com.finflow.shared.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Each user's analytics view in their own partition of the personal table: the head ({@code
 * VIEW#HEAD}), one item per month of a generation's entries ({@code VIEW#G#<generation>#<yyyy-MM>},
 * the entries as JSON), and the user's write mark ({@code VIEW#WRITTEN}). A new generation is
 * written in full before the head moves to it, so a reader always sees one whole generation; the
 * one it replaced expires an hour later (the table's TTL), so a reader still reading it is not cut
 * short.
 */
final class DynamoAnalyticsViews implements AnalyticsViews, WriteMarks {

  private static final String HEAD = "VIEW#HEAD";
  private static final String MARK = "VIEW#WRITTEN";
  private static final String GENERATION = "VIEW#G#";
  // Longer than any read of a view takes; then DynamoDB's TTL removes the items.
  private static final Duration SUPERSEDED_KEPT = Duration.ofHours(1);
  private static final TypeReference<List<ViewEntry>> ENTRIES = new TypeReference<>() {};

  private final DynamoDbClient dynamo;
  private final String table;

  DynamoAnalyticsViews(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Optional<ViewHead> head(String userId) {
    Map<String, AttributeValue> item = get(userId, HEAD);
    if (item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ViewHead(
            new Profile(item.get("currency").s(), ZoneId.of(item.get("zone").s())),
            Instant.parse(item.get("as_of").s()),
            item.get("generation").s(),
            Long.parseLong(item.getOrDefault("unconverted", n(0)).n())));
  }

  @Override
  public List<ViewEntry> entries(String userId, ViewHead head, LocalDate from, LocalDate to) {
    String prefix = GENERATION + head.generation() + "#";
    List<ViewEntry> entries = new ArrayList<>();
    eachItem(
        QueryRequest.builder()
            .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
            .expressionAttributeValues(
                Map.of(
                    ":pk", s(PersonalItems.userKey(userId)),
                    ":from", s(prefix + YearMonth.from(from)),
                    ":to", s(prefix + YearMonth.from(to))))
            .consistentRead(true),
        item -> entries.addAll(read(item.get("entries").s())));
    return entries;
  }

  @Override
  public boolean replace(String userId, ViewHead head, List<ViewEntry> entries) {
    TreeMap<YearMonth, List<ViewEntry>> months = new TreeMap<>();
    entries.forEach(
        entry ->
            months.computeIfAbsent(YearMonth.from(entry.day()), m -> new ArrayList<>()).add(entry));
    months.forEach(
        (month, ofMonth) ->
            dynamo.putItem(
                put ->
                    put.tableName(table)
                        .item(
                            Map.of(
                                "pk", s(PersonalItems.userKey(userId)),
                                "sk", s(GENERATION + head.generation() + "#" + month),
                                "entries", s(Json.write(ofMonth))))));
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", s(PersonalItems.userKey(userId)));
    item.put("sk", s(HEAD));
    item.put("currency", s(head.profile().primaryCurrency()));
    item.put("zone", s(head.profile().timeZone().getId()));
    item.put("as_of", s(head.asOf().toString()));
    item.put("as_of_ns", n(nanos(head.asOf())));
    item.put("generation", s(head.generation()));
    item.put("unconverted", n(head.unconverted()));
    Map<String, AttributeValue> replaced;
    try {
      // A view reflecting a later write stays; one of the same write is replaced (a new profile).
      replaced =
          dynamo
              .putItem(
                  put ->
                      put.tableName(table)
                          .item(item)
                          .conditionExpression("attribute_not_exists(sk) OR as_of_ns <= :as_of")
                          .expressionAttributeValues(Map.of(":as_of", n(nanos(head.asOf()))))
                          .returnValues(ReturnValue.ALL_OLD))
              .attributes();
    } catch (ConditionalCheckFailedException later) {
      // Nobody reads a generation that never became the head.
      eachItemOf(
          userId, head.generation(), key -> dynamo.deleteItem(d -> d.tableName(table).key(key)));
      return false;
    }
    // A reader may still be reading the generation just replaced: it expires, later.
    if (replaced != null && replaced.containsKey("generation")) {
      AttributeValue expires = n(Instant.now().plus(SUPERSEDED_KEPT).getEpochSecond());
      eachItemOf(
          userId,
          replaced.get("generation").s(),
          key ->
              dynamo.updateItem(
                  update ->
                      update
                          .tableName(table)
                          .key(key)
                          .updateExpression("SET expires_at = :expires")
                          .expressionAttributeValues(Map.of(":expires", expires))));
    }
    return true;
  }

  @Override
  public void mark(String userId, Instant at) {
    try {
      dynamo.putItem(
          put ->
              put.tableName(table)
                  .item(
                      Map.of(
                          "pk", s(PersonalItems.userKey(userId)),
                          "sk", s(MARK),
                          "written_at", s(at.toString()),
                          "written_ns", n(nanos(at))))
                  .conditionExpression("attribute_not_exists(sk) OR written_ns < :at")
                  .expressionAttributeValues(Map.of(":at", n(nanos(at)))));
    } catch (ConditionalCheckFailedException alreadyLater) {
      // Another write marked a later instant: that mark stands.
    }
  }

  @Override
  public Optional<Instant> lastWrite(String userId) {
    Map<String, AttributeValue> item = get(userId, MARK);
    return item.isEmpty()
        ? Optional.empty()
        : Optional.of(Instant.parse(item.get("written_at").s()));
  }

  private void eachItemOf(
      String userId, String generation, Consumer<Map<String, AttributeValue>> action) {
    eachItem(
        QueryRequest.builder()
            .keyConditionExpression("pk = :pk AND begins_with(sk, :generation)")
            .expressionAttributeValues(
                Map.of(
                    ":pk", s(PersonalItems.userKey(userId)),
                    ":generation", s(GENERATION + generation + "#")))
            .projectionExpression("pk, sk"),
        action);
  }

  /** Every item the query finds, page after page. */
  private void eachItem(QueryRequest.Builder query, Consumer<Map<String, AttributeValue>> action) {
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse page = dynamo.query(query.tableName(table).exclusiveStartKey(start).build());
      page.items().forEach(action);
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null);
  }

  private Map<String, AttributeValue> get(String userId, String sortKey) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(
                request ->
                    request
                        .tableName(table)
                        .key(Map.of("pk", s(PersonalItems.userKey(userId)), "sk", s(sortKey)))
                        .consistentRead(true))
            .item();
    return item == null ? Map.of() : item;
  }

  private static List<ViewEntry> read(String json) {
    try {
      return Json.MAPPER.readValue(json, ENTRIES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an analytics view item is not JSON", e);
    }
  }

  private static AttributeValue s(String value) {
    return AttributeValue.builder().s(value).build();
  }

  /** Instants compared to the nanosecond: two writes in one millisecond are still ordered. */
  private static long nanos(Instant at) {
    return at.getEpochSecond() * 1_000_000_000L + at.getNano();
  }

  private static AttributeValue n(long value) {
    return AttributeValue.builder().n(Long.toString(value)).build();
  }
}
