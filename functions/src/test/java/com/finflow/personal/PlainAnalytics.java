package com.finflow.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.Json;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An analytics report computed plainly from a user's transactions and the rates published per day:
 * nothing here calls the feature's folds or rates, so a test can hold the feature to it.
 */
final class PlainAnalytics {

  private static final Map<String, Integer> DECIMALS =
      Map.of("EUR", 2, "USD", 2, "JPY", 0, "BRL", 2);

  /** Days and, optionally, the one account a report covers. */
  record Window(LocalDate from, LocalDate to, Optional<String> account) {}

  private final NavigableMap<LocalDate, Map<String, BigDecimal>> published;

  /** {@code published}: units of each currency per euro, by day of publication. */
  PlainAnalytics(NavigableMap<LocalDate, Map<String, BigDecimal>> published) {
    this.published = published;
  }

  JsonNode of(List<Transaction> all, Profile profile, AnalyticsPeriod period, Window window) {
    String primary = profile.primaryCurrency();
    int decimals = DECIMALS.get(primary);
    List<Object[]> rows = new ArrayList<>(); // day, category, isCredit, converted
    for (Transaction t : all) {
      LocalDate day = t.occurredAt().toInstant().atZone(profile.timeZone()).toLocalDate();
      if (day.isBefore(window.from()) || day.isAfter(window.to())) {
        continue;
      }
      if (window.account().isPresent() && !window.account().get().equals(t.accountId())) {
        continue;
      }
      BigDecimal converted =
          t.amount()
              .multiply(rateOn(day, t.currency(), primary))
              .setScale(decimals, RoundingMode.HALF_EVEN);
      rows.add(new Object[] {day, t.category(), t.direction() == Direction.CREDIT, converted});
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("count", rows.size());
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal credit = BigDecimal.ZERO;
    BigDecimal debit = BigDecimal.ZERO;
    int credits = 0;
    Map<LocalDate, Integer> perDay = new TreeMap<>();
    Map<LocalDate, BigDecimal> movedPerDay = new TreeMap<>();
    for (Object[] row : rows) {
      BigDecimal amount = (BigDecimal) row[3];
      total = total.add(amount);
      if ((Boolean) row[2]) {
        credit = credit.add(amount);
        credits++;
      } else {
        debit = debit.add(amount);
      }
      perDay.merge((LocalDate) row[0], 1, Integer::sum);
      movedPerDay.merge((LocalDate) row[0], amount, BigDecimal::add);
    }
    putMean(out, "average", total, rows.size(), decimals);
    putMean(out, "average_credit", credit, credits, decimals);
    putMean(out, "average_debit", debit, rows.size() - credits, decimals);
    LocalDate busiest = null;
    LocalDate largest = null;
    for (LocalDate day : perDay.keySet()) {
      if (busiest == null || perDay.get(day) > perDay.get(busiest)) {
        busiest = day;
      }
      if (largest == null || movedPerDay.get(day).compareTo(movedPerDay.get(largest)) > 0) {
        largest = day;
      }
    }
    if (busiest == null) {
      out.putNull("highest_day_by_count");
      out.putNull("highest_day_by_amount");
    } else {
      out.putObject("highest_day_by_count")
          .put("date", busiest.toString())
          .put("count", perDay.get(busiest));
      out.putObject("highest_day_by_amount")
          .put("date", largest.toString())
          .put("amount", movedPerDay.get(largest).setScale(decimals).toPlainString());
    }
    ArrayNode periods = out.putArray("periods");
    LocalDate start = window.from();
    while (!start.isAfter(window.to())) {
      LocalDate end =
          switch (period) {
            case DAY -> start;
            case WEEK -> start.plusDays(7 - start.getDayOfWeek().getValue());
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case YEAR -> LocalDate.of(start.getYear(), 12, 31);
          };
      if (end.isAfter(window.to())) {
        end = window.to();
      }
      int count = 0;
      BigDecimal in = BigDecimal.ZERO.setScale(decimals);
      BigDecimal outgoing = BigDecimal.ZERO.setScale(decimals);
      for (Object[] row : rows) {
        LocalDate day = (LocalDate) row[0];
        if (!day.isBefore(start) && !day.isAfter(end)) {
          count++;
          if ((Boolean) row[2]) {
            in = in.add((BigDecimal) row[3]);
          } else {
            outgoing = outgoing.add((BigDecimal) row[3]);
          }
        }
      }
      periods
          .addObject()
          .put("start", start.toString())
          .put("end", end.toString())
          .put("count", count)
          .put("in", in.toPlainString())
          .put("out", outgoing.toPlainString());
      start = end.plusDays(1);
    }
    Map<String, Object[]> categories = new TreeMap<>();
    for (Object[] row : rows) {
      Object[] figures =
          categories.computeIfAbsent(
              (String) row[1],
              c ->
                  new Object[] {
                    0, BigDecimal.ZERO.setScale(decimals), BigDecimal.ZERO.setScale(decimals)
                  });
      figures[0] = (Integer) figures[0] + 1;
      int slot = (Boolean) row[2] ? 1 : 2;
      figures[slot] = ((BigDecimal) figures[slot]).add((BigDecimal) row[3]);
    }
    ArrayNode byCategory = out.putArray("categories");
    categories.forEach(
        (name, figures) ->
            byCategory
                .addObject()
                .put("category", name)
                .put("count", (Integer) figures[0])
                .put("in", ((BigDecimal) figures[1]).toPlainString())
                .put("out", ((BigDecimal) figures[2]).toPlainString()));
    return reread(out.toString());
  }

  static JsonNode reread(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void putMean(
      ObjectNode out, String field, BigDecimal sum, int count, int decimals) {
    if (count == 0) {
      out.putNull(field);
    } else {
      out.put(
          field,
          sum.divide(BigDecimal.valueOf(count), decimals, RoundingMode.HALF_EVEN).toPlainString());
    }
  }

  /** Units of {@code to} for one {@code from} on the last publication on or before the day. */
  private BigDecimal rateOn(LocalDate day, String from, String to) {
    if (from.equals(to)) {
      return BigDecimal.ONE;
    }
    Map<String, BigDecimal> perEuro = new HashMap<>(published.floorEntry(day).getValue());
    perEuro.put("EUR", BigDecimal.ONE);
    if (from.equals("EUR")) {
      return perEuro.get(to);
    }
    return perEuro
        .get(to)
        .divide(perEuro.get(from), new MathContext(10, RoundingMode.HALF_EVEN))
        .stripTrailingZeros();
  }
}
