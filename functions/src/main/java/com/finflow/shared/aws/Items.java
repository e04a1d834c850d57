package com.finflow.shared.aws;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The DynamoDB idioms every adapter uses: attribute values, and reading why a transaction was
 * cancelled.
 */
public final class Items {

  private Items() {}

  public static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  public static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  /**
   * True when a transaction was refused only by its conditions: an expected outcome, not an error.
   */
  public static boolean failedOnlyOnConditions(TransactionCanceledException e) {
    return e.hasCancellationReasons()
        && e.cancellationReasons().stream()
            .map(CancellationReason::code)
            .allMatch(
                code ->
                    code == null || "None".equals(code) || "ConditionalCheckFailed".equals(code));
  }

  /** True when the transaction's {@code index}th write was refused by its condition. */
  public static boolean failedAt(TransactionCanceledException e, int index) {
    return e.hasCancellationReasons()
        && e.cancellationReasons().size() > index
        && "ConditionalCheckFailed".equals(e.cancellationReasons().get(index).code());
  }
}
