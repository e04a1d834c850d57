package com.finflow.cashflow.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.cashflow.ExchangeRate;
import com.finflow.cashflow.Feed;
import com.finflow.cashflow.FeedPage;
import com.finflow.cashflow.FeedSecrets;
import com.finflow.cashflow.FeedUpstream;
import com.finflow.cashflow.RegisterCompanyCommand;
import com.finflow.cashflow.Source;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data API adapter on recorded answers, and on the ways an upstream fails. */
class HttpFeedUpstreamTest {

  private HttpServer server;
  private final List<String> seen = new ArrayList<>();
  private volatile String fault = "";
  private HttpFeedUpstream upstream;
  private Feed feed;

  @BeforeEach
  void recordedUpstream() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
    FeedSecrets secrets =
        new FeedSecrets() {
          @Override
          public String store(String organizationId, String feedId, String apiKey) {
            return "unused";
          }

          @Override
          public String read(String secretName) {
            return "key-of-" + secretName;
          }
        };
    upstream =
        new HttpFeedUpstream(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), secrets);
    feed =
        new Feed(
            "org-1",
            "cdm-main",
            "http://127.0.0.1:" + server.getAddress().getPort() + "/api/",
            Feed.KIND_CDM,
            Optional.of("feed-secret"),
            false,
            Map.of(),
            Map.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            0,
            0,
            Instant.EPOCH);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void readsCompaniesAndRatesWithExactDecimalsAndSendsTheApiKey() {
    List<RegisterCompanyCommand> companies = upstream.companies(feed);
    List<ExchangeRate> rates = upstream.rates(feed);

    assertThat(companies)
        .extracting(RegisterCompanyCommand::companyId)
        .containsExactly("C-0001", "C-0002");
    assertThat(companies.getFirst().openingBalances())
        .containsEntry("DE89370400440532013000", 1_525_040L);
    assertThat(companies.getFirst().ibans()).hasSize(2);
    assertThat(rates.getFirst().eurRate()).isEqualByComparingTo(new BigDecimal("0.92"));
    assertThat(rates.getFirst().validFrom()).contains(LocalDate.parse("2021-01-01"));
    assertThat(rates.get(1).validFrom()).isEmpty();
    assertThat(seen)
        .containsExactly(
            "GET /api/company_info key-of-feed-secret",
            "GET /api/exchange_rates key-of-feed-secret");
  }

  @Test
  void readsPagesAndTheirNextCursorAndEndsWhenThereIsNone() {
    FeedPage first = upstream.page(feed, Source.SEPA, Optional.empty());
    FeedPage last = upstream.page(feed, Source.SEPA, first.nextCursor());

    assertThat(first.rows()).hasSize(2);
    assertThat(first.rows().getFirst().amount()).isEqualTo("2500.00");
    assertThat(first.rows().getFirst().timestamp()).isEqualTo("2021-01-04T10:15:30+01:00");
    assertThat(first.nextCursor()).contains("2021-01-06");
    assertThat(last.rows()).extracting(row -> row.beneficiaryIban()).containsExactly("XX00INVALID");
    assertThat(last.nextCursor()).isEmpty();
    assertThat(seen.get(1)).startsWith("GET /api/sepa?cursor=2021-01-06");
  }

  @Test
  void serverErrorsDroppedConnectionsAndTruncatedBodiesAreWorthRetrying() {
    for (String kind : List.of("503", "429", "drop", "truncate")) {
      fault = kind;
      FeedUpstream.Failure failure =
          catchThrowableOfType(
              FeedUpstream.Failure.class, () -> upstream.page(feed, Source.SEPA, Optional.empty()));
      assertThat(failure).as(kind).isNotNull();
      assertThat(failure.retryable()).as(kind).isTrue();
    }
  }

  @Test
  void aRefusalOrAnAnswerOfTheWrongShapeIsFinal() {
    fault = "401";
    FeedUpstream.Failure refused =
        catchThrowableOfType(FeedUpstream.Failure.class, () -> upstream.companies(feed));
    fault = "shape";
    FeedUpstream.Failure shape =
        catchThrowableOfType(FeedUpstream.Failure.class, () -> upstream.rates(feed));

    assertThat(refused.retryable()).isFalse();
    assertThat(refused).hasMessageContaining("401");
    assertThat(shape.retryable()).isFalse();
    assertThat(shape).hasMessageContaining("rates");
  }

  @Test
  void aCompanyOrRateTheHttpRoutesWouldRefuseStopsThePullNamingIt() {
    fault = "bad-company";
    FeedUpstream.Failure company =
        catchThrowableOfType(FeedUpstream.Failure.class, () -> upstream.companies(feed));
    fault = "zero-rate";
    FeedUpstream.Failure rate =
        catchThrowableOfType(FeedUpstream.Failure.class, () -> upstream.rates(feed));

    assertThat(company.retryable()).isFalse();
    assertThat(company).hasMessageContaining("C-9");
    assertThat(rate.retryable()).isFalse();
    assertThat(rate).hasMessageContaining("USD");
  }

  private void answer(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestURI().toString();
    seen.add("GET " + target + " " + exchange.getRequestHeaders().getFirst("x-api-key"));
    switch (fault) {
      case "503", "429", "401" -> {
        send(exchange, Integer.parseInt(fault), "{\"message\":\"no\"}");
        return;
      }
      case "drop" -> {
        exchange.sendResponseHeaders(200, 1000);
        exchange.getResponseBody().write("{\"transac".getBytes(StandardCharsets.UTF_8));
        exchange.close();
        return;
      }
      case "truncate" -> {
        send(exchange, 200, "{\"transactions\": [{\"id\": \"SEPA-0");
        return;
      }
      case "shape" -> {
        send(exchange, 200, "{\"items\": []}");
        return;
      }
      case "bad-company" -> {
        send(
            exchange,
            200,
            "{\"companies\": [{\"company_id\": \"C-9\", \"name\": \"N\", \"owner\": \"O\","
                + " \"ibans\": [\"DE89 3704 0044 0532 0130 00\"]}]}");
        return;
      }
      case "zero-rate" -> {
        send(
            exchange,
            200,
            "{\"rates\": [{\"currency\": \"USD\", \"eur_rate\": \"0\", \"usd_rate\": \"1\"}]}");
        return;
      }
      default -> {}
    }
    String file =
        switch (exchange.getRequestURI().getPath()) {
          case "/api/company_info" -> "company_info.json";
          case "/api/exchange_rates" -> "exchange_rates.json";
          case "/api/sepa" ->
              exchange.getRequestURI().getQuery() == null ? "sepa-first.json" : "sepa-last.json";
          default -> null;
        };
    if (file == null) {
      send(exchange, 404, "{}");
      return;
    }
    try (InputStream recorded = getClass().getResourceAsStream("/cashflow/cdm/" + file)) {
      send(exchange, 200, new String(recorded.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("content-type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
