package com.finflow.cashflow.adapters;

import static com.finflow.cashflow.adapters.CashflowKeys.PK;
import static com.finflow.cashflow.adapters.CashflowKeys.SK;
import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;

import com.finflow.cashflow.Feed;
import com.finflow.cashflow.FeedRegistry;
import com.finflow.cashflow.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Feeds in the cashflow table: one item per feed under its organization, and one item per feed in a
 * registry partition the scheduled pull queries. The lease and the cursors are conditional updates
 * of the feed's item.
 *
 * <pre>
 * O#org#FEEDS          feed id             the feed: address, state, cursors, lease
 * FEEDS                org#feed id         the registry entry: paused or not
 * </pre>
 */
final class DynamoFeedRegistry implements FeedRegistry {

  static final String REGISTRY = "FEEDS";

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoFeedRegistry(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public boolean register(
      String organizationId,
      String feedId,
      String baseUrl,
      String kind,
      Optional<String> apiKeySecret,
      Instant at) {
    Map<String, String> names = new HashMap<>(Map.of("#url", "base_url", "#kind", "kind"));
    Map<String, AttributeValue> values =
        new HashMap<>(
            Map.of(
                ":url", s(baseUrl),
                ":kind", s(kind),
                ":at", s(at.toString()),
                ":false", AttributeValue.fromBool(false)));
    StringBuilder set =
        new StringBuilder(
            "SET #url = :url, #kind = :kind, last_advanced_at = if_not_exists(last_advanced_at,"
                + " :at), paused = if_not_exists(paused, :false)");
    apiKeySecret.ifPresent(
        secret -> {
          set.append(", api_key_secret = :secret");
          values.put(":secret", s(secret));
        });
    boolean created = find(organizationId, feedId).isEmpty();
    dynamoDb.transactWriteItems(
        request ->
            request.transactItems(
                TransactWriteItem.builder()
                    .update(
                        Update.builder()
                            .tableName(table)
                            .key(feedKey(organizationId, feedId))
                            .updateExpression(set.toString())
                            .expressionAttributeNames(names)
                            .expressionAttributeValues(values)
                            .build())
                    .build(),
                TransactWriteItem.builder()
                    .update(
                        Update.builder()
                            .tableName(table)
                            .key(registryKey(organizationId, feedId))
                            .updateExpression(
                                "SET organization_id = :org, feed_id = :feed,"
                                    + " paused = if_not_exists(paused, :false)")
                            .expressionAttributeValues(
                                Map.of(
                                    ":org", s(organizationId),
                                    ":feed", s(feedId),
                                    ":false", AttributeValue.fromBool(false)))
                            .build())
                    .build()));
    return created;
  }

  @Override
  public Optional<Feed> find(String organizationId, String feedId) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                request ->
                    request
                        .tableName(table)
                        .key(feedKey(organizationId, feedId))
                        .consistentRead(true))
            .item();
    return item == null || item.isEmpty()
        ? Optional.empty()
        : Optional.of(feed(organizationId, feedId, item));
  }

  @Override
  public boolean paused(String organizationId, String feedId, boolean paused) {
    Map<String, AttributeValue> values = Map.of(":paused", AttributeValue.fromBool(paused));
    try {
      dynamoDb.transactWriteItems(
          request ->
              request.transactItems(
                  TransactWriteItem.builder()
                      .update(
                          Update.builder()
                              .tableName(table)
                              .key(feedKey(organizationId, feedId))
                              .updateExpression("SET paused = :paused")
                              .conditionExpression("attribute_exists(pk)")
                              .expressionAttributeValues(values)
                              .build())
                      .build(),
                  TransactWriteItem.builder()
                      .update(
                          Update.builder()
                              .tableName(table)
                              .key(registryKey(organizationId, feedId))
                              .updateExpression("SET paused = :paused")
                              .expressionAttributeValues(values)
                              .build())
                      .build()));
      return true;
    } catch (TransactionCanceledException noSuchFeed) {
      return false;
    }
  }

  @Override
  public List<FeedRef> active() {
    List<FeedRef> feeds = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> exclusiveStart = start;
      QueryResponse page =
          dynamoDb.query(
              request ->
                  request
                      .tableName(table)
                      .keyConditionExpression("pk = :registry")
                      .filterExpression("paused = :false")
                      .expressionAttributeValues(
                          Map.of(
                              ":registry", s(REGISTRY), ":false", AttributeValue.fromBool(false)))
                      .exclusiveStartKey(exclusiveStart));
      page.items()
          .forEach(
              item ->
                  feeds.add(new FeedRef(item.get("organization_id").s(), item.get("feed_id").s())));
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null);
    return feeds;
  }

  @Override
  public Optional<Lease> lease(FeedRef feed, String holder, Instant now, Duration ttl) {
    Instant until = now.plus(ttl);
    try {
      dynamoDb.updateItem(
          request ->
              request
                  .tableName(table)
                  .key(feedKey(feed.organizationId(), feed.feedId()))
                  .updateExpression("SET lease_holder = :holder, lease_until = :until")
                  .conditionExpression(
                      "attribute_exists(pk) AND (attribute_not_exists(lease_until) OR lease_until < :now)")
                  .expressionAttributeValues(
                      Map.of(
                          ":holder", s(holder),
                          ":until", n(until.toEpochMilli()),
                          ":now", n(now.toEpochMilli()))));
      return Optional.of(new Lease(feed, holder, until));
    } catch (ConditionalCheckFailedException held) {
      return Optional.empty();
    }
  }

  @Override
  public void release(Lease lease) {
    try {
      dynamoDb.updateItem(
          request ->
              request
                  .tableName(table)
                  .key(feedKey(lease.feed().organizationId(), lease.feed().feedId()))
                  .updateExpression("REMOVE lease_holder, lease_until")
                  .conditionExpression("lease_holder = :holder")
                  .expressionAttributeValues(Map.of(":holder", s(lease.holder()))));
    } catch (ConditionalCheckFailedException expired) {
      // Another run took the feed once the lease expired: it is that run's now.
    }
  }

  @Override
  public boolean advance(
      Lease lease,
      Source source,
      Optional<String> from,
      String to,
      boolean caughtUp,
      int rows,
      Instant at) {
    String cursor = "cursor_" + source.name();
    Map<String, AttributeValue> values =
        new HashMap<>(
            Map.of(
                ":holder", s(lease.holder()),
                ":to", s(to),
                ":caught", AttributeValue.fromBool(caughtUp),
                ":rows", n(rows),
                ":one", n(1)));
    String condition = "lease_holder = :holder AND ";
    if (from.isPresent()) {
      condition += cursor + " = :from";
      values.put(":from", s(from.get()));
    } else {
      condition += "attribute_not_exists(" + cursor + ")";
    }
    // The lag restarts when the cursor moves or the source is found caught up: a feed that is
    // current is not late, one that fails to reach the end is.
    String advanced = "";
    if (from.filter(to::equals).isEmpty() || caughtUp) {
      advanced = ", last_advanced_at = :at";
      values.put(":at", s(at.toString()));
    }
    try {
      String update =
          "SET "
              + cursor
              + " = :to, caught_up_"
              + source.name()
              + " = :caught"
              + advanced
              + " ADD rows_pulled :rows, pages_pulled :one";
      String finalCondition = condition;
      dynamoDb.updateItem(
          request ->
              request
                  .tableName(table)
                  .key(feedKey(lease.feed().organizationId(), lease.feed().feedId()))
                  .updateExpression(update)
                  .conditionExpression(finalCondition)
                  .expressionAttributeValues(values));
      return true;
    } catch (ConditionalCheckFailedException moved) {
      return false;
    }
  }

  @Override
  public void referenceApplied(Lease lease, String digest) {
    dynamoDb.updateItem(
        request ->
            request
                .tableName(table)
                .key(feedKey(lease.feed().organizationId(), lease.feed().feedId()))
                .updateExpression("SET reference_digest = :digest")
                .expressionAttributeValues(Map.of(":digest", s(digest))));
  }

  @Override
  public void pulled(Lease lease, Instant at, long retries, Optional<String> error) {
    Map<String, AttributeValue> values =
        new HashMap<>(Map.of(":at", s(at.toString()), ":retries", n(retries)));
    String update;
    if (error.isPresent()) {
      update = "SET last_error_at = :at, last_error = :error ADD retries :retries";
      values.put(
          ":error", s(error.get().length() > 500 ? error.get().substring(0, 500) : error.get()));
    } else {
      update = "SET last_success_at = :at REMOVE last_error_at, last_error ADD retries :retries";
    }
    dynamoDb.updateItem(
        request ->
            request
                .tableName(table)
                .key(feedKey(lease.feed().organizationId(), lease.feed().feedId()))
                .updateExpression(update)
                .expressionAttributeValues(values));
  }

  private static Feed feed(String organizationId, String feedId, Map<String, AttributeValue> item) {
    Map<Source, String> cursors = new EnumMap<>(Source.class);
    Map<Source, Boolean> caughtUp = new EnumMap<>(Source.class);
    for (Source source : Source.values()) {
      text(item, "cursor_" + source.name()).ifPresent(cursor -> cursors.put(source, cursor));
      if (item.containsKey("caught_up_" + source.name())) {
        caughtUp.put(source, item.get("caught_up_" + source.name()).bool());
      }
    }
    Optional<Feed.FeedError> error =
        text(item, "last_error_at")
            .map(at -> new Feed.FeedError(Instant.parse(at), text(item, "last_error").orElse("")));
    return new Feed(
        organizationId,
        feedId,
        item.get("base_url").s(),
        item.get("kind").s(),
        text(item, "api_key_secret"),
        item.containsKey("paused") && item.get("paused").bool(),
        cursors,
        caughtUp,
        text(item, "reference_digest"),
        text(item, "last_success_at").map(Instant::parse),
        error,
        number(item, "rows_pulled"),
        number(item, "pages_pulled"),
        number(item, "retries"),
        Instant.parse(item.get("last_advanced_at").s()));
  }

  private static Optional<String> text(Map<String, AttributeValue> item, String name) {
    return Optional.ofNullable(item.get(name)).map(AttributeValue::s);
  }

  private static long number(Map<String, AttributeValue> item, String name) {
    return item.containsKey(name) ? Long.parseLong(item.get(name).n()) : 0;
  }

  private static Map<String, AttributeValue> feedKey(String organizationId, String feedId) {
    return CashflowKeys.key(CashflowKeys.organization(organizationId, "FEEDS"), feedId);
  }

  private static Map<String, AttributeValue> registryKey(String organizationId, String feedId) {
    return Map.of(PK, s(REGISTRY), SK, s(organizationId + "#" + feedId));
  }
}
