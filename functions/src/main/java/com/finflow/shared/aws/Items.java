package com.finflow.shared.aws;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
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

  /**
   * Writes {@code writes} in one transaction: true when it committed, false when its first write's
   * condition refused it (the expected "already done" outcome); any other cancellation is thrown.
   */
  public static boolean commitUnlessFirstRefused(
      DynamoDbClient dynamoDb, List<TransactWriteItem> writes) {
    try {
      dynamoDb.transactWriteItems(request -> request.transactItems(writes));
      return true;
    } catch (TransactionCanceledException e) {
      if (failedAt(e, 0)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * The codes of the first cancelled transaction among {@code failure} and its causes, without
   * {@code None}: for example {@code ValidationError} for an item that would pass 400 KB. Codes
   * quote no input, so they may be logged where messages may not.
   */
  public static List<String> cancellationCodes(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TransactionCanceledException cancelled
          && cancelled.hasCancellationReasons()) {
        return cancelled.cancellationReasons().stream()
            .map(CancellationReason::code)
            .filter(code -> code != null && !"None".equals(code))
            .distinct()
            .toList();
      }
    }
    return List.of();
  }

  /** True when the transaction's {@code index}th write was refused by its condition. */
  public static boolean failedAt(TransactionCanceledException e, int index) {
    return e.hasCancellationReasons()
        && e.cancellationReasons().size() > index
        && "ConditionalCheckFailed".equals(e.cancellationReasons().get(index).code());
  }
}
