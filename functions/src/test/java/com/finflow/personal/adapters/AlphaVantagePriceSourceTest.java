package com.finflow.personal.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.personal.DailyBar;
import com.finflow.personal.Security;
import com.finflow.shared.failure.UpstreamFailed;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Alpha Vantage adapter on answers the provider served, committed under {@code
 * src/test/resources/personal/alphavantage/}, through a local HTTP server:
 *
 * <ul>
 *   <li>{@code time-series-daily-ibm-compact-2024-06-18.json}: {@code TIME_SERIES_DAILY} for IBM,
 *       compact, as served on 18 June 2024 (100 trading days from 26 January), recorded in the
 *       public repository deeksha5334/Code-In-Place-2024 ({@code time_series_daily.json});
 *       unchanged.
 *   <li>{@code symbol-search-tesco.json}: {@code SYMBOL_SEARCH} for {@code tesco}, the
 *       documentation's example, recorded in crazzyghost/alphavantage-java ({@code
 *       src/test/java/search/data/data.json}); unchanged.
 *   <li>{@code symbol-search-ba-2018.json}: {@code SYMBOL_SEARCH} for {@code BA}, recorded in
 *       October 2018 in RomelTorres/alpha_vantage ({@code test_alpha_vantage/test_data/
 *       symbol_search}); unchanged.
 *   <li>{@code error-message-unknown-symbol.json}, {@code error-message-missing-apikey.json} and
 *       {@code note-call-frequency-2021.json}: the messages Alpha Vantage answered to an unknown
 *       symbol, a call without a key and too many calls, as a 2021 test suite run against the live
 *       API asserts them (Dilipank/centime_assignment, {@code utils/errors.py} and {@code
 *       tests/time_series_daily_test.py}); each is wrapped in its one-key object, {@code "Error
 *       Message"} or {@code "Note"}, as that suite reads it. The texts are as served; the
 *       indentation is ours.
 * </ul>
 *
 * The current daily-limit notice, {@code "Information"}, is written inline in the shape the
 * provider documents and that its users quote.
 */
class AlphaVantagePriceSourceTest {

  private static final String FILES = "/personal/alphavantage/";
  private static final String IBM_COMPACT = "time-series-daily-ibm-compact-2024-06-18.json";
  private static final Clock JUNE_18_2024 =
      Clock.fixed(Instant.parse("2024-06-18T22:00:00Z"), ZoneOffset.UTC);

  private final List<String> queries = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicReference<byte[]> body = new AtomicReference<>(recorded(IBM_COMPACT));
  private final AtomicReference<String> key = new AtomicReference<>("K3Y-of-test");
  private final HttpServer server = serve();

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void readsEveryBarOfTheRecordedSeriesWithTheFiguresAsPublished() {
    List<DailyBar> bars =
        source().daily("IBM", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 18));

    assertThat(bars).hasSize(100);
    assertThat(bars.getLast())
        .isEqualTo(
            new DailyBar(
                LocalDate.of(2024, 6, 18),
                new BigDecimal("170.0000"),
                new BigDecimal("170.7500"),
                new BigDecimal("168.3800"),
                new BigDecimal("170.5500"),
                3_386_442));
    assertThat(bars.getFirst())
        .isEqualTo(
            new DailyBar(
                LocalDate.of(2024, 1, 26),
                new BigDecimal("191.3100"),
                new BigDecimal("192.3896"),
                new BigDecimal("186.1600"),
                new BigDecimal("187.4200"),
                9_895_941));
    DailyBar afterEarnings = bar(bars, LocalDate.of(2024, 4, 25));
    assertThat(afterEarnings.open()).isEqualTo(new BigDecimal("168.2000"));
    assertThat(afterEarnings.high()).isEqualTo(new BigDecimal("172.4500"));
    assertThat(afterEarnings.low()).isEqualTo(new BigDecimal("165.6600"));
    assertThat(afterEarnings.close()).isEqualTo(new BigDecimal("168.9100"));
    assertThat(afterEarnings.volume()).isEqualTo(16_702_150);
    // BigDecimal equality includes the scale: the four decimals are kept as written.
    assertThat(afterEarnings.open().scale()).isEqualTo(4);
  }

  @Test
  void answersOnlyTheBarsOfTheRangeOldestFirst() {
    List<DailyBar> bars =
        source().daily("IBM", LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 31));

    // Memorial Day (27 May) and the weekends have no bar.
    assertThat(bars)
        .extracting(DailyBar::date)
        .containsExactly(
            LocalDate.of(2024, 5, 20),
            LocalDate.of(2024, 5, 21),
            LocalDate.of(2024, 5, 22),
            LocalDate.of(2024, 5, 23),
            LocalDate.of(2024, 5, 24),
            LocalDate.of(2024, 5, 28),
            LocalDate.of(2024, 5, 29),
            LocalDate.of(2024, 5, 30),
            LocalDate.of(2024, 5, 31));
    assertThat(bars.get(4).close()).isEqualTo(new BigDecimal("170.8900"));
  }

  @Test
  void asksForTheCompactSeriesOnlyWhenItReachesBackFarEnough() {
    // 130 and 131 days before 18 June.
    source().daily("IBM", LocalDate.of(2024, 2, 9), LocalDate.of(2024, 6, 18));
    source().daily("IBM", LocalDate.of(2024, 2, 8), LocalDate.of(2024, 6, 18));
    source().daily("IBM", LocalDate.of(2015, 1, 2), LocalDate.of(2015, 12, 31));

    assertThat(queries)
        .containsExactly(
            "function=TIME_SERIES_DAILY&symbol=IBM&outputsize=compact&apikey=K3Y-of-test",
            "function=TIME_SERIES_DAILY&symbol=IBM&outputsize=full&apikey=K3Y-of-test",
            "function=TIME_SERIES_DAILY&symbol=IBM&outputsize=full&apikey=K3Y-of-test");
  }

  @Test
  void sendsTheKeyOfTheMomentAndEncodesTheParameters() {
    body.set(recorded("symbol-search-tesco.json"));
    AlphaVantagePriceSource source = source();

    source.search("tesco");
    key.set("rotated/key+1");
    source.search("Tesco plc & co");
    body.set(recorded(IBM_COMPACT));
    source.daily("SAP.DEX", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18));

    assertThat(queries)
        .containsExactly(
            "function=SYMBOL_SEARCH&keywords=tesco&apikey=K3Y-of-test",
            "function=SYMBOL_SEARCH&keywords=Tesco+plc+%26+co&apikey=rotated%2Fkey%2B1",
            "function=TIME_SERIES_DAILY&symbol=SAP.DEX&outputsize=compact&apikey=rotated%2Fkey%2B1");
  }

  @Test
  void mapsEverySearchMatchInTheProvidersOrderWithItsCurrency() {
    body.set(recorded("symbol-search-tesco.json"));

    List<Security> matches = source().search("tesco");

    assertThat(matches)
        .containsExactly(
            new Security("TSCO.LON", "Tesco PLC", "Equity", "United Kingdom", "GBX"),
            new Security("TSCDF", "Tesco plc", "Equity", "United States", "USD"),
            new Security("TSCDY", "Tesco plc", "Equity", "United States", "USD"),
            new Security("TCO2.FRK", "TESCO PLC ADR/1 LS-05", "Equity", "Frankfurt", "EUR"),
            new Security("TCO0.FRK", "TESCO PLC LS-0633333", "Equity", "Frankfurt", "EUR"));
  }

  @Test
  void findsOnlyTheSecurityWithExactlyThatSymbolSpelledAsTheProviderSpellsIt() {
    body.set(recorded("symbol-search-ba-2018.json"));

    assertThat(source().find("ba"))
        .contains(new Security("BA", "The Boeing Company", "Equity", "United States", "USD"));
    assertThat(source().find("6190.hkg"))
        .contains(
            new Security("6190.HKG", "Bank of Jiujiang Co. Ltd.", "Equity", "Hong Kong", "HKD"));
    // BABA and BAC begin with it, but neither is it.
    assertThat(source().find("BAB")).isEmpty();
    assertThat(queries).last().isEqualTo("function=SYMBOL_SEARCH&keywords=BAB&apikey=K3Y-of-test");
  }

  @Test
  void anUnknownSymbolHasNoBars() {
    body.set(recorded("error-message-unknown-symbol.json"));

    assertThat(source().daily("NOSUCH", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
        .isEmpty();
  }

  @Test
  void aMissingKeyIsAnUpstreamFailureNotAnUnknownSymbol() {
    body.set(recorded("error-message-missing-apikey.json"));

    assertThatThrownBy(
            () -> source().daily("IBM", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("the parameter apikey is invalid or missing");
    assertThatThrownBy(() -> source().search("ibm")).isInstanceOf(UpstreamFailed.class);
  }

  @Test
  void aThrottlingNoteIsAnUpstreamFailureWithTheProvidersMessage() {
    body.set(recorded("note-call-frequency-2021.json"));

    assertThatThrownBy(
            () -> source().daily("IBM", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("5 calls per minute and 500 calls per day");
    assertThatThrownBy(() -> source().search("tesco"))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("Thank you for using Alpha Vantage!");
  }

  @Test
  void theDailyLimitInformationIsAnUpstreamFailureThatNeverRepeatsTheKey() {
    body.set(
        ("{\"Information\": \"We have detected your API key as K3Y-of-test and our standard API"
                + " rate limit is 25 requests per day. Please subscribe to any of the premium plans"
                + " at https://www.alphavantage.co/premium/ to instantly remove all daily rate"
                + " limits.\"}")
            .getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> source().find("IBM"))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("25 requests per day")
        .hasMessageNotContaining("K3Y-of-test");
  }

  @Test
  void anErrorStatusIsAnUpstreamFailure() {
    status.set(503);

    assertThatThrownBy(
            () -> source().daily("IBM", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("503")
        .hasMessageNotContaining("K3Y-of-test");
  }

  @Test
  void aBrokenOrUnexpectedBodyIsAnUpstreamFailure() {
    byte[] whole = recorded(IBM_COMPACT);
    body.set(Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(
            () -> source().daily("IBM", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("not JSON");

    body.set("<html><body>Maintenance</body></html>".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> source().search("ibm")).isInstanceOf(UpstreamFailed.class);

    body.set("{}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () -> source().daily("IBM", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("Time Series (Daily)");
    assertThatThrownBy(() -> source().search("ibm"))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("bestMatches");

    body.set(
        new String(whole, StandardCharsets.UTF_8)
            .replace("\"170.5500\"", "\"n/a\"")
            .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () -> source().daily("IBM", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("n/a");
  }

  @Test
  void aProviderThatCannotBeReachedIsAnUpstreamFailure() throws IOException {
    int port;
    // A port that was just free and is closed again: the connection is refused.
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    AlphaVantagePriceSource unreachable =
        new AlphaVantagePriceSource(
            HttpClient.newHttpClient(),
            URI.create("http://127.0.0.1:" + port + "/"),
            key::get,
            JUNE_18_2024);

    assertThatThrownBy(() -> unreachable.search("ibm"))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("could not be read");
  }

  private AlphaVantagePriceSource source() {
    return new AlphaVantagePriceSource(
        HttpClient.newHttpClient(),
        URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
        key::get,
        JUNE_18_2024);
  }

  private static DailyBar bar(List<DailyBar> bars, LocalDate day) {
    return bars.stream().filter(bar -> bar.date().equals(day)).findFirst().orElseThrow();
  }

  private HttpServer serve() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      http.createContext(
          "/query",
          exchange -> {
            queries.add(exchange.getRequestURI().getRawQuery());
            byte[] bytes = body.get();
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(bytes);
            }
          });
      http.start();
      return http;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] recorded(String file) {
    try (InputStream in = AlphaVantagePriceSourceTest.class.getResourceAsStream(FILES + file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
