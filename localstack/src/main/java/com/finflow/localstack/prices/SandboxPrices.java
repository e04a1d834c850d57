package com.finflow.localstack.prices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The securities the sandbox lists and their daily bars: US, German, Brazilian, Japanese and
 * British equities and ETFs, each priced in the currency it trades in. Every weekday from {@link
 * #FIRST_DAY} is a trading day but 1 January and 25 December. A bar is a function of the symbol and
 * the day alone: a level wandering slowly around the security's base price, a small deterministic
 * wobble per day, highs and lows around open and close. So any day's bar is computed on its own,
 * and every run, test and independent check sees the same figures.
 */
public final class SandboxPrices {

  public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 2);

  private static final Set<MonthDay> CLOSED = Set.of(MonthDay.of(1, 1), MonthDay.of(12, 25));
  private static final int DECIMALS = 4;
  private static final String EQUITY = "Equity";
  private static final String ETF = "ETF";
  private static final Map<String, Listing> LISTINGS = listings();

  private SandboxPrices() {}

  /** Every listed security, in a fixed order. */
  public static List<SandboxSecurity> catalog() {
    return LISTINGS.values().stream().map(Listing::security).toList();
  }

  /** The security with this symbol, compared regardless of case as Alpha Vantage compares it. */
  public static Optional<SandboxSecurity> find(String symbol) {
    return listing(symbol).map(Listing::security);
  }

  public static boolean isTradingDay(LocalDate day) {
    return !day.isBefore(FIRST_DAY)
        && day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !CLOSED.contains(MonthDay.from(day));
  }

  /** Trading days from {@code from} to {@code to}, both included, oldest first. */
  public static List<LocalDate> tradingDays(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return List.of();
    }
    return from.datesUntil(to.plusDays(1)).filter(SandboxPrices::isTradingDay).toList();
  }

  /** The latest {@code count} trading days up to {@code today}, both included, oldest first. */
  public static List<LocalDate> latestTradingDays(LocalDate today, int count) {
    List<LocalDate> days = new ArrayList<>(count);
    for (LocalDate day = today; days.size() < count && !day.isBefore(FIRST_DAY); ) {
      if (isTradingDay(day)) {
        days.add(day);
      }
      day = day.minusDays(1);
    }
    return days.reversed();
  }

  /** The symbol's bar on that day; empty for an unknown symbol or a day without trading. */
  public static Optional<SandboxBar> bar(String symbol, LocalDate day) {
    if (!isTradingDay(day)) {
      return Optional.empty();
    }
    return listing(symbol).map(listing -> listing.bar(day));
  }

  private static Optional<Listing> listing(String symbol) {
    return Optional.ofNullable(LISTINGS.get(symbol.toUpperCase(Locale.ROOT)));
  }

  /** A security and what its prices are made of: a base price and a base volume. */
  private record Listing(SandboxSecurity security, double basePrice, long baseVolume) {

    SandboxBar bar(LocalDate day) {
      long index = ChronoUnit.DAYS.between(FIRST_DAY, day);
      int phase = Math.floorMod(security.symbol().hashCode(), 17) + 1;
      // A wave of about two years (up to ±25%) and one of about four months (up to ±6%), each
      // offset by the listing's phase, so the securities do not move in step.
      double level =
          basePrice
              * (1
                  + 0.25 * StrictMath.sin(index / (110.0 + 7 * phase) + phase)
                  + 0.06 * StrictMath.sin(index / (19.0 + phase) + 2.0 * phase));
      BigDecimal open = price(level * (1 + 0.015 * wobble(day, 1)));
      BigDecimal close = price(level * (1 + 0.015 * wobble(day, 2)));
      BigDecimal high =
          open.max(close)
              .multiply(BigDecimal.valueOf(1 + 0.01 * unit(day, 3)))
              .setScale(DECIMALS, RoundingMode.CEILING);
      BigDecimal low =
          open.min(close)
              .multiply(BigDecimal.valueOf(1 - 0.01 * unit(day, 4)))
              .setScale(DECIMALS, RoundingMode.FLOOR);
      long volume = Math.max(1, Math.round(baseVolume * (0.5 + unit(day, 5))));
      return new SandboxBar(day, open, high, low, close, volume);
    }

    /** A number in [-1, 1) fixed by the symbol, the day and what it is for. */
    private double wobble(LocalDate day, int purpose) {
      return 2 * unit(day, purpose) - 1;
    }

    /** A number in [0, 1) fixed by the symbol, the day and what it is for (SplitMix64). */
    private double unit(LocalDate day, int purpose) {
      long z =
          security.symbol().hashCode() * 0x9E3779B97F4A7C15L
              + day.toEpochDay() * 0xBF58476D1CE4E5B9L
              + purpose * 0x94D049BB133111EBL;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z = z ^ (z >>> 31);
      return (z >>> 11) * 0x1.0p-53;
    }

    private static BigDecimal price(double value) {
      return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN);
    }
  }

  private static Map<String, Listing> listings() {
    List<Listing> all =
        List.of(
            listing(
                "IBM", "International Business Machines Corp", EQUITY, Market.US, 150, 4_000_000),
            listing("AAPL", "Apple Inc", EQUITY, Market.US, 160, 60_000_000),
            listing("MSFT", "Microsoft Corporation", EQUITY, Market.US, 280, 25_000_000),
            listing("NVDA", "NVIDIA Corporation", EQUITY, Market.US, 120, 250_000_000),
            listing("AMZN", "Amazon.com Inc", EQUITY, Market.US, 140, 45_000_000),
            listing("BA", "The Boeing Company", EQUITY, Market.US, 200, 8_000_000),
            listing("VOO", "Vanguard S&P 500 ETF", ETF, Market.US, 380, 5_000_000),
            listing("QQQ", "Invesco QQQ Trust Series 1", ETF, Market.US, 330, 40_000_000),
            listing("SAP.DEX", "SAP SE", EQUITY, Market.XETRA, 120, 1_500_000),
            listing("SIE.DEX", "Siemens AG", EQUITY, Market.XETRA, 140, 1_200_000),
            listing("ALV.DEX", "Allianz SE", EQUITY, Market.XETRA, 210, 700_000),
            listing("EXS1.DEX", "iShares Core DAX UCITS ETF (DE)", ETF, Market.XETRA, 125, 150_000),
            listing(
                "PETR4.SAO",
                "Petroleo Brasileiro S.A. - Petrobras",
                EQUITY,
                Market.B3,
                30,
                40_000_000),
            listing("VALE3.SAO", "Vale S.A.", EQUITY, Market.B3, 65, 25_000_000),
            listing("ITUB4.SAO", "Itau Unibanco Holding S.A.", EQUITY, Market.B3, 28, 20_000_000),
            listing(
                "BOVA11.SAO", "iShares Ibovespa Fundo de Indice", ETF, Market.B3, 110, 6_000_000),
            listing(
                "7203.TYO", "Toyota Motor Corporation", EQUITY, Market.TOKYO, 2_400, 20_000_000),
            listing("6758.TYO", "Sony Group Corporation", EQUITY, Market.TOKYO, 3_000, 8_000_000),
            listing(
                "1306.TYO",
                "NEXT FUNDS TOPIX Exchange Traded Fund",
                ETF,
                Market.TOKYO,
                2_100,
                3_000_000),
            listing("TSCO.LON", "Tesco PLC", EQUITY, Market.LONDON, 3.0, 20_000_000));
    Map<String, Listing> bySymbol = new LinkedHashMap<>();
    all.forEach(listing -> bySymbol.put(listing.security().symbol(), listing));
    return Collections.unmodifiableMap(bySymbol);
  }

  private static Listing listing(
      String symbol, String name, String type, Market market, double basePrice, long baseVolume) {
    SandboxSecurity security =
        new SandboxSecurity(
            symbol,
            name,
            type,
            market.region,
            market.open,
            market.close,
            market.timezone,
            market.currency);
    return new Listing(security, basePrice, baseVolume);
  }

  /** Where a security trades, as Alpha Vantage's symbol search states it. */
  private enum Market {
    US("United States", "09:30", "16:00", "UTC-04", "USD"),
    XETRA("XETRA", "08:00", "20:00", "UTC+02", "EUR"),
    B3("Brazil/Sao Paolo", "10:00", "17:30", "UTC-03", "BRL"),
    TOKYO("Tokyo", "09:00", "15:00", "UTC+09", "JPY"),
    // London quotes in pence (GBX); the sandbox prices in pounds, an ISO currency the ECB
    // publishes.
    LONDON("United Kingdom", "08:00", "16:30", "UTC+01", "GBP");

    final String region;
    final String open;
    final String close;
    final String timezone;
    final String currency;

    Market(String region, String open, String close, String timezone, String currency) {
      this.region = region;
      this.open = open;
      this.close = close;
      this.timezone = timezone;
      this.currency = currency;
    }
  }
}
