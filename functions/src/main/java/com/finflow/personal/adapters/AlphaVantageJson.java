package com.finflow.personal.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.DailyBar;
import com.finflow.personal.Security;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alpha Vantage's JSON answers as it documents them: {@code SYMBOL_SEARCH}'s {@code bestMatches}
 * and {@code TIME_SERIES_DAILY}'s {@code "Time Series (Daily)"}, whose keys are numbered ({@code
 * "1. symbol"}, {@code "4. close"}) and whose figures are strings, read here exactly as written.
 * Alpha Vantage also refuses with HTTP 200, in a body holding one message: {@code "Error Message"}
 * for a call it cannot serve (an unknown symbol, a missing key), {@code "Note"} or {@code
 * "Information"} for throttling and plan notices.
 */
final class AlphaVantageJson {

  static final String DAILY_SERIES = "Time Series (Daily)";

  private AlphaVantageJson() {}

  /** A body that is not one of Alpha Vantage's documented answers. */
  static final class Malformed extends RuntimeException {
    Malformed(String detail) {
      super(detail);
    }
  }

  /** The message of a refused call: the body's {@code "Error Message"}. */
  static Optional<String> errorMessage(JsonNode body) {
    return text(body, "Error Message");
  }

  /** The throttling or plan notice that stands in for an answer. */
  static Optional<String> notice(JsonNode body) {
    return text(body, "Note").or(() -> text(body, "Information"));
  }

  /** The matches of a symbol search, in the provider's order (best first). */
  static List<Security> matches(JsonNode body) {
    JsonNode matches = body.path("bestMatches");
    if (!matches.isArray()) {
      throw new Malformed("no bestMatches array");
    }
    List<Security> securities = new ArrayList<>(matches.size());
    for (JsonNode match : matches) {
      securities.add(
          new Security(
              field(match, "1. symbol"),
              field(match, "2. name"),
              field(match, "3. type"),
              field(match, "4. region"),
              field(match, "8. currency")));
    }
    return securities;
  }

  /** Every bar of a daily series, oldest first (the provider lists them newest first). */
  static List<DailyBar> bars(JsonNode body) {
    JsonNode series = body.path(DAILY_SERIES);
    if (!series.isObject()) {
      throw new Malformed("no \"" + DAILY_SERIES + "\" object");
    }
    List<DailyBar> bars = new ArrayList<>(series.size());
    for (Map.Entry<String, JsonNode> day : series.properties()) {
      JsonNode figures = day.getValue();
      bars.add(
          new DailyBar(
              date(day.getKey()),
              price(figures, "1. open"),
              price(figures, "2. high"),
              price(figures, "3. low"),
              price(figures, "4. close"),
              volume(figures)));
    }
    bars.sort(Comparator.comparing(DailyBar::date));
    return bars;
  }

  private static Optional<String> text(JsonNode body, String key) {
    JsonNode value = body.path(key);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static String field(JsonNode node, String key) {
    return text(node, key).orElseThrow(() -> new Malformed("no \"" + key + "\" in " + node));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new Malformed("\"" + text + "\" is not a day");
    }
  }

  private static BigDecimal price(JsonNode figures, String key) {
    String text = field(figures, key);
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new Malformed("\"" + key + "\": \"" + text + "\" is not a price");
    }
  }

  private static long volume(JsonNode figures) {
    String text = field(figures, "5. volume");
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new Malformed("\"5. volume\": \"" + text + "\" is not a volume");
    }
  }
}
