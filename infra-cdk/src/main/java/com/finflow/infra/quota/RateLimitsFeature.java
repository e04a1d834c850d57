package com.finflow.infra.quota;

import com.finflow.infra.FinflowStack;
import com.finflow.infra.compute.JavaFunction;
import com.finflow.infra.storage.EncryptedTable;
import com.finflow.infra.storage.EncryptedTableProps;
import java.util.Map;
import software.amazon.awscdk.services.dynamodb.AttributeType;

/**
 * Per-organization rate limits (OWASP API4): a table of counters, one item per organization, action
 * and minute, shared by every container of the functions that take from them and expired by TTL.
 * Features give a limited function {@link #environment} and {@link #grantTake}; this feature must
 * be added to the stack before them.
 *
 * <p>A table of its own rather than the identity table, which already holds login attempts with a
 * TTL: the limited functions may then update counters and nothing else (not the users, password
 * hashes and refresh tokens beside them), and a burst of counting cannot throttle sign-ins.
 */
public final class RateLimitsFeature implements FinflowStack.Feature {

  /** The counters' table, as the functions read it. */
  public static final String TABLE_VARIABLE = "RATE_LIMITS_TABLE";

  /** Bulk submissions per organization per minute. */
  public static final Limit BULK_SUBMISSIONS =
      new Limit("BULK_SUBMISSIONS_PER_MINUTE", "finflow:bulkSubmissionsPerMinute", 60);

  /** Extractions (synchronous or not) per organization per minute. */
  public static final Limit EXTRACTIONS =
      new Limit("EXTRACTIONS_PER_MINUTE", "finflow:extractionsPerMinute", 30);

  /**
   * One limit: the function's variable that sets it, the CDK context key that overrides its
   * default.
   */
  public record Limit(String variable, String contextKey, int defaultPerMinute) {}

  private EncryptedTable counters;
  private FinflowStack stack;

  @Override
  public String name() {
    return "RateLimits";
  }

  @Override
  public void addTo(FinflowStack stack) {
    this.stack = stack;
    counters =
        stack.table(
            "RateLimitsTable",
            EncryptedTableProps.withPartitionKey("pk", AttributeType.STRING)
                .withTimeToLive("expires_at"));
  }

  /** What a function limited by {@code limit} needs: the counters' table and the limit. */
  public Map<String, String> environment(Limit limit) {
    requireAdded();
    return Map.of(
        TABLE_VARIABLE, counters.table().getTableName(), limit.variable(), perMinute(limit));
  }

  /** Lets {@code function} count in the table: one conditional update, nothing else. */
  public void grantTake(JavaFunction function) {
    requireAdded();
    counters.grantItemActions(function.function(), "dynamodb:UpdateItem");
  }

  private String perMinute(Limit limit) {
    Object value = stack.getNode().tryGetContext(limit.contextKey());
    String perMinute =
        value == null ? Integer.toString(limit.defaultPerMinute()) : value.toString();
    if (!perMinute.matches("[1-9][0-9]{0,8}")) {
      throw new IllegalArgumentException(
          limit.contextKey() + " must be a whole number of at least 1, not " + perMinute);
    }
    return perMinute;
  }

  private void requireAdded() {
    if (counters == null) {
      throw new IllegalStateException(
          "the rate limits must be added to the stack before the features they limit");
    }
  }
}
