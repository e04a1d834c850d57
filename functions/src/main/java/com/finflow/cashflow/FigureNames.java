package com.finflow.cashflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The names of the figures each aggregate holds. */
public final class FigureNames {

  /** Totals: counted rows touching the account (a row between two of its sides counts once). */
  public static final String COUNTED = "n";

  /** Totals: counted rows received from another account of the same company. */
  public static final String COUNTED_INSIDE = "nd";

  /** Totals: quarantined rows touching the account. */
  public static final String QUARANTINED = "q";

  /** Totals: quarantined rows received from another account of the same company. */
  public static final String QUARANTINED_INSIDE = "qd";

  public static final String MONTH_IN = "i";
  public static final String MONTH_OUT = "o";
  public static final String MONTH_COUNT = "c";
  public static final String COUNTRY_IN = "ki";
  public static final String COUNTRY_OUT = "ko";
  public static final String COUNTRY_COUNT = "kc";
  public static final String DAY_IN = "i";
  public static final String DAY_OUT = "o";
  public static final String MOMENT_COUNT = "c";
  public static final String MOMENT_NET = "a";

  public static final String SPILLED = "s";

  private static final long EPOCH_1900_MILLIS = -2_208_988_800_000L;
  private static final int INSTANT_DIGITS = 9;

  /** Money moved between accounts of one company, on the receiving account: per month, per day. */
  public static final String MONTH_INSIDE = "d";

  public static final String DAY_INSIDE = "d";

  private FigureNames() {}

  public static String monthIn(YearMonth month) {
    return MONTH_IN + month;
  }

  public static String monthOut(YearMonth month) {
    return MONTH_OUT + month;
  }

  public static String monthCount(YearMonth month) {
    return MONTH_COUNT + month;
  }

  public static String monthInside(YearMonth month) {
    return MONTH_INSIDE + month;
  }

  /** In a month aggregate: money moved inside the company on the day of the month. */
  public static String dayInside(LocalDate day) {
    return DAY_INSIDE + twoDigits(day.getDayOfMonth());
  }

  public static String countryIn(String country) {
    return COUNTRY_IN + country;
  }

  public static String countryOut(String country) {
    return COUNTRY_OUT + country;
  }

  public static String countryCount(String country) {
    return COUNTRY_COUNT + country;
  }

  /** In a month aggregate: money in on the day of the month. */
  public static String dayIn(LocalDate day) {
    return DAY_IN + twoDigits(day.getDayOfMonth());
  }

  public static String dayOut(LocalDate day) {
    return DAY_OUT + twoDigits(day.getDayOfMonth());
  }

  /** In a month or day aggregate: counted rows at this instant ({@link #instantText}). */
  public static String momentCount(Instant at) {
    return MOMENT_COUNT + instantText(at);
  }

  /** In a month or day aggregate: net amount (in minus out) at this instant. */
  public static String momentNet(Instant at) {
    return MOMENT_NET + instantText(at);
  }

  /** The instant of a moment figure, in either spelling. */
  public static Instant momentOf(String name) {
    String text = name.substring(1);
    return text.indexOf('T') >= 0
        ? Instant.parse(text)
        : Instant.ofEpochMilli(Long.parseLong(text, 36) + EPOCH_1900_MILLIS);
  }

  /**
   * An instant in a figure's name: nine base-36 digits of milliseconds since 1900, so that the name
   * with its prefix stays within 12 bytes. JSON parsers' symbol tables (Jackson's, in DynamoDB
   * Local and in the AWS SDK) mix the first 12 bytes of a name well but barely the bytes after:
   * thousands of ISO 8601 instants a second apart in one item overflowed them, failing every later
   * request of that process. Instants before 1900, past the year 5000 or finer than a millisecond
   * keep the ISO 8601 spelling, as earlier versions wrote every instant; readers take both.
   */
  static String instantText(Instant at) {
    long since = at.toEpochMilli() - EPOCH_1900_MILLIS;
    String digits = Long.toString(since, 36);
    if (since < 0 || digits.length() > INSTANT_DIGITS || at.getNano() % 1_000_000 != 0) {
      return at.toString();
    }
    return "0".repeat(INSTANT_DIGITS - digits.length()) + digits;
  }

  /**
   * Totals: how many writes sent this month's figures to its day items because the month's item was
   * full. Above zero, readers add the month's day items to it.
   */
  public static String spilled(YearMonth month) {
    return SPILLED + month;
  }

  /** In a month or day aggregate: a day's in, out or inside figure (not an instant's). */
  public static boolean isOfADay(String name) {
    return name.length() == 3;
  }

  /** Every day figure a month or day aggregate may hold. */
  public static List<String> allOfDays() {
    List<String> names = new ArrayList<>();
    for (int day = 1; day <= 31; day++) {
      for (String kind : List.of(DAY_IN, DAY_OUT, DAY_INSIDE)) {
        names.add(kind + twoDigits(day));
      }
    }
    return names;
  }

  /** The day a month aggregate's figure is about: its day of the month, or its instant's day. */
  public static LocalDate dayOf(YearMonth month, String name) {
    if (isOfADay(name)) {
      return month.atDay(Integer.parseInt(name.substring(1)));
    }
    return LocalDate.ofInstant(momentOf(name), ZoneOffset.UTC);
  }

  /** In rule counters. */
  public static String ruleCount(Rule rule, Source source) {
    return rule + "/" + source;
  }

  /** In rate usage: counted rows of the currency on the day. */
  public static String usageOn(LocalDate day) {
    return "d" + day;
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
