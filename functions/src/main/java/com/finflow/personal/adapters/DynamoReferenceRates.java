package com.finflow.personal.adapters;

import static com.finflow.shared.aws.Items.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.finflow.personal.DailyRates;
import com.finflow.personal.RatesOfMonth;
import com.finflow.personal.ReferenceRates;
import com.finflow.shared.Json;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The reference rates in the personal table, one item per month under {@code pk = RATES#EUR#MONTH},
 * {@code sk = <yyyy-MM>}, with one attribute per publication day named by its date and holding the
 * day's rates as a JSON object of exact decimal strings. A month rather than a day per item: the
 * first run keeps the source's whole history (over 7,000 days from the ECB), and a month's 20-odd
 * days cost one write and one read instead of twenty. No user's key can name this partition: theirs
 * all start with {@code USER#}. (Day items of the earlier layout, under {@code RATES#EUR}, are no
 * longer read: a stack that has only those fetches the history again on its next run.)
 */
final class DynamoReferenceRates implements ReferenceRates {

  static final String PARTITION = "RATES#EUR#MONTH";
  private static final TypeReference<Map<String, String>> RATES = new TypeReference<>() {};

  private final DynamoDbClient dynamo;
  private final String table;

  DynamoReferenceRates(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Optional<DailyRates> latestOnOrBefore(LocalDate day) {
    return latest(keptUpTo(YearMonth.from(day)), published -> !published.isAfter(day));
  }

  @Override
  public RatesOfMonth month(YearMonth month) {
    NavigableMap<LocalDate, DailyRates> publications = new TreeMap<>();
    for (Map<String, AttributeValue> kept : keptUpTo(month)) {
      if (kept.get("sk").s().equals(month.toString())) {
        days(kept).forEach((day, rates) -> publications.put(day, read(day, rates)));
      } else {
        latest(List.of(kept), published -> true).ifPresent(l -> publications.put(l.published(), l));
        break;
      }
    }
    return new RatesOfMonth(month, publications);
  }

  /**
   * The month's item and the one kept before it, newest first: every kept month has a publication,
   * so these hold the last publication on or before any day of the month.
   */
  private List<Map<String, AttributeValue>> keptUpTo(YearMonth month) {
    return query(
        QueryRequest.builder()
            .keyConditionExpression("pk = :pk AND sk <= :month")
            .expressionAttributeValues(Map.of(":pk", s(PARTITION), ":month", s(month.toString())))
            .limit(2));
  }

  @Override
  public Optional<LocalDate> newest() {
    return latest(
            query(
                QueryRequest.builder()
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(PARTITION)))
                    .limit(1)),
            published -> true)
        .map(DailyRates::published);
  }

  @Override
  public void saveAll(List<DailyRates> publications) {
    Map<YearMonth, List<DailyRates>> byMonth = new TreeMap<>();
    publications.forEach(
        day ->
            byMonth
                .computeIfAbsent(YearMonth.from(day.published()), m -> new ArrayList<>())
                .add(day));
    // One update per month sets its days and leaves the others kept: a later run adds to a month.
    byMonth.forEach(
        (month, days) -> {
          Map<String, String> names = new HashMap<>();
          Map<String, AttributeValue> values = new HashMap<>();
          StringBuilder set = new StringBuilder("SET ");
          for (int i = 0; i < days.size(); i++) {
            DailyRates day = days.get(i);
            names.put("#d" + i, day.published().toString());
            values.put(":d" + i, s(write(day)));
            set.append(i == 0 ? "" : ", ").append("#d").append(i).append(" = :d").append(i);
          }
          dynamo.updateItem(
              request ->
                  request
                      .tableName(table)
                      .key(Map.of("pk", s(PARTITION), "sk", s(month.toString())))
                      .updateExpression(set.toString())
                      .expressionAttributeNames(names)
                      .expressionAttributeValues(values));
        });
  }

  private List<Map<String, AttributeValue>> query(QueryRequest.Builder query) {
    return dynamo
        .query(query.tableName(table).scanIndexForward(false).consistentRead(true).build())
        .items();
  }

  /** The latest publication in these month items of the days it accepts. */
  private static Optional<DailyRates> latest(
      List<Map<String, AttributeValue>> months, Predicate<LocalDate> accepted) {
    LocalDate best = null;
    String rates = null;
    for (Map<String, AttributeValue> month : months) {
      for (Map.Entry<LocalDate, String> day : days(month).entrySet()) {
        if (accepted.test(day.getKey()) && (best == null || day.getKey().isAfter(best))) {
          best = day.getKey();
          rates = day.getValue();
        }
      }
    }
    // Only the day returned is parsed.
    return best == null ? Optional.empty() : Optional.of(read(best, rates));
  }

  /** A month item's days and their rates, still as JSON. */
  private static Map<LocalDate, String> days(Map<String, AttributeValue> month) {
    Map<LocalDate, String> days = new HashMap<>();
    month.forEach(
        (name, value) -> {
          if (!name.equals("pk") && !name.equals("sk")) {
            days.put(LocalDate.parse(name), value.s());
          }
        });
    return days;
  }

  private static String write(DailyRates day) {
    Map<String, String> rates = new TreeMap<>();
    day.perEuro().forEach((code, rate) -> rates.put(code, rate.toPlainString()));
    return Json.write(rates);
  }

  private static DailyRates read(LocalDate published, String json) {
    try {
      Map<String, BigDecimal> rates = new TreeMap<>();
      Json.MAPPER
          .readValue(json, RATES)
          .forEach((code, rate) -> rates.put(code, new BigDecimal(rate)));
      return DailyRates.of(published, rates);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
