package com.finflow.personal.adapters;

import static com.finflow.shared.aws.Items.s;

import com.finflow.personal.TransactionFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A list's filter as a DynamoDB filter expression over the transaction items. */
final class FilterExpressions {

  private FilterExpressions() {}

  /**
   * The expression (empty for no condition), adding the values and attribute names it uses; every
   * attribute goes by a placeholder name, so none can clash with DynamoDB's reserved words.
   */
  static String of(
      TransactionFilter filter, Map<String, AttributeValue> values, Map<String, String> names) {
    List<String> conditions = new ArrayList<>();
    filter
        .accountId()
        .ifPresent(
            id -> {
              values.put(":account", s(id));
              conditions.add(name(names, PersonalItems.ACCOUNT_ID) + " = :account");
            });
    filter
        .from()
        .ifPresent(
            from -> {
              values.put(":from", number(from.toEpochMilli()));
              conditions.add(name(names, PersonalItems.OCCURRED_MS) + " >= :from");
            });
    filter
        .until()
        .ifPresent(
            until -> {
              values.put(":until", number(until.toEpochMilli()));
              conditions.add(name(names, PersonalItems.OCCURRED_MS) + " < :until");
            });
    filter
        .category()
        .ifPresent(
            category -> {
              values.put(":category", s(category));
              conditions.add(name(names, PersonalItems.CATEGORY) + " = :category");
            });
    filter
        .direction()
        .ifPresent(
            direction -> {
              values.put(":direction", s(direction.wireName()));
              conditions.add(name(names, PersonalItems.DIRECTION) + " = :direction");
            });
    filter
        .minAmount()
        .ifPresent(
            min -> {
              values.put(":min", AttributeValue.fromN(min.toPlainString()));
              conditions.add(name(names, PersonalItems.AMOUNT) + " >= :min");
            });
    filter
        .maxAmount()
        .ifPresent(
            max -> {
              values.put(":max", AttributeValue.fromN(max.toPlainString()));
              conditions.add(name(names, PersonalItems.AMOUNT) + " <= :max");
            });
    return String.join(" AND ", conditions);
  }

  private static String name(Map<String, String> names, String attribute) {
    names.put("#" + attribute, attribute);
    return "#" + attribute;
  }

  private static AttributeValue number(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
