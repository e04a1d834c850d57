package com.finflow.localstack.prices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox price source over HTTP, read as Alpha Vantage's own answers are read. */
class SandboxPriceServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  // A Wednesday; the series run up to and including it.
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 19);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-06-19T20:00:00Z"), ZoneOffset.UTC);

  private final SandboxPriceServer sandbox = SandboxPriceServer.start(0, CLOCK);
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void theFullSeriesHoldsEveryTradingDaySinceTheFirstAndNothingElse() {
    JsonNode body = json(query("function=TIME_SERIES_DAILY&symbol=IBM&outputsize=full&apikey=k"));

    assertThat(body.path("Meta Data").path("2. Symbol").asText()).isEqualTo("IBM");
    assertThat(body.path("Meta Data").path("3. Last Refreshed").asText()).isEqualTo("2024-06-19");
    assertThat(body.path("Meta Data").path("4. Output Size").asText()).isEqualTo("Full size");
    List<LocalDate> days = days(body);
    assertThat(days.getFirst()).isEqualTo(TODAY);
    assertThat(days.getLast()).isEqualTo(LocalDate.of(2015, 1, 2));
    assertThat(days)
        .allMatch(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY)
        .allMatch(day -> day.getDayOfWeek() != DayOfWeek.SUNDAY)
        .noneMatch(day -> day.getMonthValue() == 12 && day.getDayOfMonth() == 25)
        .noneMatch(day -> day.getMonthValue() == 1 && day.getDayOfMonth() == 1)
        .doesNotHaveDuplicates()
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    // Every weekday from 2 January 2015 to 19 June 2024 but the 12 New Year's and Christmas
    // Days that fell on weekdays.
    long weekdays =
        LocalDate.of(2015, 1, 2)
            .datesUntil(TODAY.plusDays(1))
            .filter(day -> day.getDayOfWeek().getValue() <= 5)
            .count();
    long closedWeekdays =
        IntStream.rangeClosed(2015, 2024)
            .mapToObj(year -> List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 25)))
            .flatMap(List::stream)
            .filter(day -> !day.isBefore(LocalDate.of(2015, 1, 2)) && !day.isAfter(TODAY))
            .filter(day -> day.getDayOfWeek().getValue() <= 5)
            .count();
    assertThat(closedWeekdays).isEqualTo(12);
    assertThat(days).hasSize((int) (weekdays - closedWeekdays));
  }

  @Test
  void theCompactSeriesHoldsExactlyTheNewestHundredTradingDays() {
    JsonNode compact =
        json(query("function=TIME_SERIES_DAILY&symbol=SAP.DEX&outputsize=compact&apikey=k"));
    JsonNode full =
        json(query("function=TIME_SERIES_DAILY&symbol=SAP.DEX&outputsize=full&apikey=k"));

    assertThat(compact.path("Meta Data").path("4. Output Size").asText()).isEqualTo("Compact");
    assertThat(days(compact)).hasSize(100).isEqualTo(days(full).subList(0, 100));
    assertThat(days(compact).getLast()).isEqualTo(LocalDate.of(2024, 2, 1));
    // Without an outputsize, Alpha Vantage answers the compact series.
    assertThat(json(query("function=TIME_SERIES_DAILY&symbol=SAP.DEX&apikey=k")))
        .isEqualTo(compact);
  }

  @Test
  void aDaysFiguresAreTheSandboxBarExactlyAsAlphaVantageWritesThem() {
    JsonNode body =
        json(query("function=TIME_SERIES_DAILY&symbol=PETR4.SAO&outputsize=full&apikey=k"));

    for (LocalDate day :
        List.of(LocalDate.of(2015, 1, 2), LocalDate.of(2020, 3, 16), TODAY.minusDays(1))) {
      SandboxBar bar = SandboxPrices.bar("PETR4.SAO", day).orElseThrow();
      JsonNode figures = body.path("Time Series (Daily)").path(day.toString());
      assertThat(figures.path("1. open").asText()).isEqualTo(bar.open().toPlainString());
      assertThat(figures.path("2. high").asText()).isEqualTo(bar.high().toPlainString());
      assertThat(figures.path("3. low").asText()).isEqualTo(bar.low().toPlainString());
      assertThat(figures.path("4. close").asText()).isEqualTo(bar.close().toPlainString());
      assertThat(figures.path("5. volume").asText()).isEqualTo(Long.toString(bar.volume()));
      assertThat(figures.path("4. close").isTextual()).isTrue();
      assertThat(figures.path("4. close").asText()).matches("\\d+\\.\\d{4}");
    }
  }

  @Test
  void everyBarIsCoherentAndNoBarExistsOnADayWithoutTrading() {
    for (SandboxSecurity security : SandboxPrices.catalog()) {
      for (LocalDate day : SandboxPrices.tradingDays(SandboxPrices.FIRST_DAY, TODAY)) {
        SandboxBar bar = SandboxPrices.bar(security.symbol(), day).orElseThrow();
        assertThat(bar.high()).isGreaterThanOrEqualTo(bar.open().max(bar.close()));
        assertThat(bar.low()).isLessThanOrEqualTo(bar.open().min(bar.close()));
        assertThat(bar.low()).isPositive();
        assertThat(bar.close().scale()).isEqualTo(4);
        assertThat(bar.volume()).isPositive();
      }
    }
    assertThat(SandboxPrices.bar("IBM", LocalDate.of(2024, 6, 15))).isEmpty();
    assertThat(SandboxPrices.bar("IBM", LocalDate.of(2023, 12, 25))).isEmpty();
    assertThat(SandboxPrices.bar("IBM", LocalDate.of(2014, 12, 31))).isEmpty();
    assertThat(SandboxPrices.bar("NOSUCH", TODAY)).isEmpty();
    assertThat(SandboxPrices.bar("ibm", TODAY)).isEqualTo(SandboxPrices.bar("IBM", TODAY));
  }

  @Test
  void theCatalogMixesMarketsInCurrenciesTheEcbPublishes() {
    List<SandboxSecurity> catalog = SandboxPrices.catalog();

    assertThat(catalog).hasSizeBetween(18, 24);
    assertThat(catalog).extracting(SandboxSecurity::symbol).doesNotHaveDuplicates();
    assertThat(catalog)
        .extracting(SandboxSecurity::currency)
        .contains("USD", "EUR", "BRL", "JPY")
        .allMatch(Set.of("USD", "EUR", "BRL", "JPY", "GBP")::contains);
    assertThat(catalog)
        .extracting(SandboxSecurity::type)
        .allMatch(type -> type.equals("Equity") || type.equals("ETF"));
    assertThat(SandboxPrices.find("vale3.sao"))
        .hasValueSatisfying(
            vale -> {
              assertThat(vale.region()).isEqualTo("Brazil/Sao Paolo");
              assertThat(vale.currency()).isEqualTo("BRL");
            });
  }

  @Test
  void theSameQueryIsAnsweredTheSameWay() {
    String query = "function=TIME_SERIES_DAILY&symbol=7203.TYO&outputsize=full&apikey=k";

    HttpResponse<String> first = query(query);
    HttpResponse<String> second = query(query);

    assertThat(second.body()).isEqualTo(first.body());
    assertThat(first.headers().firstValue("content-type")).contains("application/json");
  }

  @Test
  void theSearchFindsBySymbolPrefixAndByNameWordsBestFirst() {
    JsonNode ib = json(query("function=SYMBOL_SEARCH&keywords=ib&apikey=k")).path("bestMatches");
    assertThat(ib.get(0).path("1. symbol").asText()).isEqualTo("IBM");

    JsonNode ba = json(query("function=SYMBOL_SEARCH&keywords=BA&apikey=k")).path("bestMatches");
    assertThat(ba.get(0).path("1. symbol").asText()).isEqualTo("BA");
    assertThat(ba.get(0).path("9. matchScore").asText()).isEqualTo("1.0000");
    List<BigDecimal> scores = new ArrayList<>();
    ba.forEach(match -> scores.add(new BigDecimal(match.path("9. matchScore").asText())));
    assertThat(scores).isSortedAccordingTo((a, b) -> b.compareTo(a));

    JsonNode siemens =
        json(query("function=SYMBOL_SEARCH&keywords=" + encoded("Siemens") + "&apikey=k"))
            .path("bestMatches");
    assertThat(siemens).hasSize(1);
    JsonNode sie = siemens.get(0);
    assertThat(sie.path("1. symbol").asText()).isEqualTo("SIE.DEX");
    assertThat(sie.path("2. name").asText()).isEqualTo("Siemens AG");
    assertThat(sie.path("3. type").asText()).isEqualTo("Equity");
    assertThat(sie.path("4. region").asText()).isEqualTo("XETRA");
    assertThat(sie.path("8. currency").asText()).isEqualTo("EUR");
    assertThat(sie.has("5. marketOpen") && sie.has("6. marketClose") && sie.has("7. timezone"))
        .isTrue();

    JsonNode toyota =
        json(query("function=SYMBOL_SEARCH&keywords=" + encoded("toyota motor") + "&apikey=k"))
            .path("bestMatches");
    assertThat(toyota.get(0).path("1. symbol").asText()).isEqualTo("7203.TYO");
    assertThat(toyota.get(0).path("8. currency").asText()).isEqualTo("JPY");

    JsonNode manyMatches =
        json(query("function=SYMBOL_SEARCH&keywords=s&apikey=k")).path("bestMatches");
    assertThat(manyMatches.size()).isLessThanOrEqualTo(10);
    assertThat(json(query("function=SYMBOL_SEARCH&keywords=zzzz&apikey=k")).path("bestMatches"))
        .isEmpty();
  }

  @Test
  void refusalsAreAnsweredAsAlphaVantageAnswersThem() {
    HttpResponse<String> unknown =
        query("function=TIME_SERIES_DAILY&symbol=NOSUCH&outputsize=compact&apikey=k");
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(json(unknown))
        .isEqualTo(
            JSON.createObjectNode()
                .put(
                    "Error Message",
                    "Invalid API call. Please retry or visit the documentation"
                        + " (https://www.alphavantage.co/documentation/) for TIME_SERIES_DAILY."));

    HttpResponse<String> keyless = query("function=TIME_SERIES_DAILY&symbol=IBM");
    assertThat(keyless.statusCode()).isEqualTo(200);
    assertThat(json(keyless).path("Error Message").asText())
        .startsWith("the parameter apikey is invalid or missing.");
    assertThat(json(keyless).has("Time Series (Daily)")).isFalse();
  }

  @Test
  void faultsAreDrawnFromTheSeedAndEveryQueryIsCounted() {
    put("/sandbox/faults", "{\"error_rate\": 0.2, \"throttle_rate\": 0.1, \"seed\": 7}");
    List<String> outcomes = outcomes(100);
    put("/sandbox/faults", "{\"error_rate\": 0.2, \"throttle_rate\": 0.1, \"seed\": 7}");
    List<String> again = outcomes(100);

    assertThat(again).isEqualTo(outcomes);
    long failed = outcomes.stream().filter("503"::equals).count();
    long throttled = outcomes.stream().filter("throttled"::equals).count();
    long answered = outcomes.stream().filter("series"::equals).count();
    assertThat(failed).isBetween(8L, 35L);
    assertThat(throttled).isBetween(2L, 22L);
    assertThat(failed + throttled + answered).isEqualTo(100);
    assertThat(sandbox.calls()).containsEntry("TIME_SERIES_DAILY IBM", 200L);

    put("/sandbox/faults", "{}");
    assertThat(outcomes(10)).containsOnly("series");
  }

  @Test
  void aDelayMakesConcurrentQueriesOverlapAndAllAreServed() {
    put("/sandbox/faults", "{\"delay_ms\": 200}");
    long started = System.nanoTime();

    List<CompletableFuture<HttpResponse<String>>> pending =
        IntStream.range(0, 100)
            .mapToObj(
                i ->
                    http.sendAsync(
                        request("function=SYMBOL_SEARCH&keywords=a" + (i % 5) + "&apikey=k"),
                        HttpResponse.BodyHandlers.ofString()))
            .toList();
    List<Integer> statuses = pending.stream().map(f -> f.join().statusCode()).toList();
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(statuses).hasSize(100).containsOnly(200);
    // One after another, a hundred queries would take twenty seconds.
    assertThat(took)
        .isLessThan(Duration.ofSeconds(8))
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));
    assertThat(sandbox.calls().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
  }

  @Test
  void theCallsAreCountedPerFunctionAndSymbolOrKeywords() {
    query("function=TIME_SERIES_DAILY&symbol=IBM&outputsize=compact&apikey=k");
    query("function=TIME_SERIES_DAILY&symbol=IBM&outputsize=full&apikey=k");
    query("function=SYMBOL_SEARCH&keywords=ibm&apikey=k");
    query("function=TIME_SERIES_DAILY&symbol=NOSUCH&apikey=k");

    JsonNode counted = json(get("/sandbox/calls"));

    assertThat(counted.path("total").asLong()).isEqualTo(4);
    assertThat(JSON.convertValue(counted.path("counts"), Map.class))
        .isEqualTo(
            Map.of(
                "TIME_SERIES_DAILY IBM", 2, "SYMBOL_SEARCH ibm", 1, "TIME_SERIES_DAILY NOSUCH", 1));
    assertThat(sandbox.calls())
        .isEqualTo(
            Map.of(
                "TIME_SERIES_DAILY IBM",
                2L,
                "SYMBOL_SEARCH ibm",
                1L,
                "TIME_SERIES_DAILY NOSUCH",
                1L));
  }

  private List<String> outcomes(int count) {
    List<String> outcomes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      HttpResponse<String> response = query("function=TIME_SERIES_DAILY&symbol=IBM&apikey=k");
      if (response.statusCode() == 503) {
        outcomes.add("503");
      } else if (json(response).path("Information").asText().contains("rate limit")) {
        outcomes.add("throttled");
      } else if (json(response).has("Time Series (Daily)")) {
        outcomes.add("series");
      } else {
        outcomes.add("other: " + response.body());
      }
    }
    return outcomes;
  }

  private static List<LocalDate> days(JsonNode body) {
    List<LocalDate> days = new ArrayList<>();
    body.path("Time Series (Daily)")
        .fieldNames()
        .forEachRemaining(d -> days.add(LocalDate.parse(d)));
    assertThat(new HashSet<>(days)).hasSameSizeAs(days);
    return days;
  }

  private HttpResponse<String> query(String query) {
    return send(request(query));
  }

  private HttpRequest request(String query) {
    return HttpRequest.newBuilder(sandbox.baseUrl().resolve("query?" + query)).GET().build();
  }

  private HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(sandbox.baseUrl().resolve(path)).GET().build());
  }

  private void put(String path, String body) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(sandbox.baseUrl().resolve(path))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertThat(response.statusCode()).isEqualTo(204);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
