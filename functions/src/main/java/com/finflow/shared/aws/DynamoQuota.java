package com.finflow.shared.aws;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;

import com.finflow.shared.Environment;
import com.finflow.shared.quota.Quota;
import com.finflow.shared.quota.RateLimit;
import com.finflow.shared.quota.TooManyRequests;
import com.finflow.shared.quota.Window;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A quota counted in DynamoDB, so that every container of every function shares it: one item per
 * organization, action and window ({@code RATE#<organization>#<action>#<window start>}), whose
 * count is added to only while it is under the limit, in one conditional update. Items expire by
 * TTL a few minutes after their window; none is ever read again once its window has passed.
 *
 * <p>Within a window a count only grows, so once DynamoDB has refused an organization, this
 * container refuses it too until the window ends without asking again: a client hammering past its
 * limit costs no more writes.
 */
public final class DynamoQuota implements Quota {

  /** The table of the counters, shared by every function that takes from a quota. */
  public static final String TABLE_VARIABLE = "RATE_LIMITS_TABLE";

  // Long enough for a container whose clock runs a little behind to still find the count.
  private static final Duration KEPT_AFTER_WINDOW = Duration.ofMinutes(5);

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final RateLimit limit;
  private final Clock clock;
  private final Map<String, Instant> usedUpUntil = new ConcurrentHashMap<>();

  public DynamoQuota(DynamoDbClient dynamoDb, String table, RateLimit limit, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.limit = limit;
    this.clock = clock;
  }

  /**
   * The quota of {@code action} per minute, from the function's environment: the counters' table
   * ({@code RATE_LIMITS_TABLE}) and the limit ({@code limitVariable}, or {@code defaultPerMinute}
   * when unset).
   */
  public static DynamoQuota perMinuteFromEnvironment(
      String action, String limitVariable, int defaultPerMinute) {
    int perMinute =
        Environment.optional(limitVariable)
            .map(text -> positive(limitVariable, text))
            .orElse(defaultPerMinute);
    return new DynamoQuota(
        AwsClients.dynamoDb(),
        Environment.required(TABLE_VARIABLE),
        RateLimit.perMinute(action, perMinute),
        Clock.systemUTC());
  }

  @Override
  public void take(String organizationId) {
    Instant now = clock.instant();
    Window window = limit.windowAt(now);
    Instant refusedUntil = usedUpUntil.getOrDefault(organizationId, Instant.MIN);
    if (now.isBefore(refusedUntil)) {
      throw new TooManyRequests(limit, window.retryAfter(now));
    }
    try {
      dynamoDb.updateItem(
          request ->
              request
                  .tableName(table)
                  .key(Map.of("pk", s(keyOf(organizationId, window))))
                  .conditionExpression("attribute_not_exists(#taken) OR #taken < :limit")
                  .updateExpression("ADD #taken :one SET expires_at = :expires")
                  .expressionAttributeNames(Map.of("#taken", "taken"))
                  .expressionAttributeValues(
                      Map.of(
                          ":one", n(1),
                          ":limit", n(limit.perWindow()),
                          ":expires", n(window.end().plus(KEPT_AFTER_WINDOW).getEpochSecond()))));
    } catch (ConditionalCheckFailedException usedUp) {
      usedUpUntil.values().removeIf(end -> !end.isAfter(now));
      usedUpUntil.put(organizationId, window.end());
      throw new TooManyRequests(limit, window.retryAfter(now));
    }
  }

  private String keyOf(String organizationId, Window window) {
    return "RATE#" + organizationId + "#" + limit.action().replace(' ', '-') + "#" + window.start();
  }

  private static int positive(String variable, String text) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below with the variable's name.
    }
    throw new IllegalStateException(
        variable + " must be a whole number of at least 1, not " + text);
  }
}
