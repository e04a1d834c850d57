package com.finflow.personal.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.DailyBar;
import com.finflow.personal.PriceSource;
import com.finflow.personal.Security;
import com.finflow.shared.Json;
import com.finflow.shared.failure.UpstreamFailed;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Securities and daily prices from Alpha Vantage's query API ({@code
 * https://www.alphavantage.co/query}): {@code SYMBOL_SEARCH} to find securities, {@code
 * TIME_SERIES_DAILY} for their bars. The base URL is configurable, so the local stack points it at
 * its sandbox, which answers in the same format. The API key is read on each call, because it comes
 * from a secret that is fetched only when first needed.
 */
final class AlphaVantagePriceSource implements PriceSource {

  // A compact series holds the latest 100 trading days. With weekends alone these span at least
  // 137 calendar days (holidays only lengthen them); ask for it only inside that reach, and for the
  // full history otherwise.
  private static final long COMPACT_REACH_DAYS = 130;
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final HttpClient http;
  private final URI base;
  private final Supplier<String> apiKey;
  private final Clock clock;

  AlphaVantagePriceSource(HttpClient http, URI base, Supplier<String> apiKey, Clock clock) {
    this.http = http;
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.apiKey = apiKey;
    this.clock = clock;
  }

  @Override
  public List<Security> search(String words) {
    Call call = new Call("SYMBOL_SEARCH", Map.of("keywords", words));
    JsonNode body = ask(call);
    AlphaVantageJson.errorMessage(body)
        .ifPresent(
            message -> {
              throw new UpstreamFailed(call + " was refused: " + message);
            });
    return read(call, () -> AlphaVantageJson.matches(body));
  }

  @Override
  public Optional<Security> find(String symbol) {
    return search(symbol).stream()
        .filter(security -> security.symbol().equalsIgnoreCase(symbol))
        .findFirst();
  }

  @Override
  public List<DailyBar> daily(String symbol, LocalDate from, LocalDate to) {
    long back = ChronoUnit.DAYS.between(from, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("symbol", symbol);
    parameters.put("outputsize", back <= COMPACT_REACH_DAYS ? "compact" : "full");
    Call call = new Call("TIME_SERIES_DAILY", parameters);
    JsonNode body = ask(call);
    Optional<String> refusal = AlphaVantageJson.errorMessage(body);
    if (refusal.isPresent()) {
      // Alpha Vantage answers an unknown symbol with the same "Invalid API call" as any call it
      // cannot serve; only a missing or invalid key is told apart, by its own message.
      if (refusal.get().toLowerCase(Locale.ROOT).contains("apikey")) {
        throw new UpstreamFailed(call + " was refused: " + refusal.get());
      }
      return List.of();
    }
    return read(call, () -> AlphaVantageJson.bars(body)).stream()
        .filter(bar -> !bar.date().isBefore(from) && !bar.date().isAfter(to))
        .toList();
  }

  /** The body of a call answered 200, parsed; a throttling or plan notice is a failure. */
  private JsonNode ask(Call call) {
    String key = apiKey.get();
    URI uri = base.resolve("query?" + call.query(key));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("accept", "application/json")
            .GET()
            .build();
    JsonNode body;
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() != 200) {
          throw new UpstreamFailed(call + " answered " + response.statusCode());
        }
        body = Json.MAPPER.readTree(in);
      }
    } catch (JsonProcessingException e) {
      throw new UpstreamFailed(call + " answered a body that is not JSON");
    } catch (IOException e) {
      throw new UpstreamFailed(call + " could not be read: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpstreamFailed(call + " was interrupted");
    }
    if (body == null || !body.isObject()) {
      throw new UpstreamFailed(call + " answered a body that is not a JSON object");
    }
    Optional<String> notice = AlphaVantageJson.notice(body);
    if (notice.isPresent()) {
      throw new UpstreamFailed(call + " was not answered: " + redacted(notice.get(), key));
    }
    return body;
  }

  private static <T> T read(Call call, Supplier<T> reading) {
    try {
      return reading.get();
    } catch (AlphaVantageJson.Malformed e) {
      throw new UpstreamFailed(call + " answered an unexpected body: " + e.getMessage());
    }
  }

  // The rate-limit notice quotes the key it counted against; it must not reach logs or clients.
  private static String redacted(String message, String key) {
    return key == null || key.isBlank() ? message : message.replace(key, "***");
  }

  /** One query: its function and parameters, described without the key. */
  private record Call(String function, Map<String, String> parameters) {

    String query(String key) {
      Map<String, String> all = new LinkedHashMap<>();
      all.put("function", function);
      all.putAll(parameters);
      all.put("apikey", key == null ? "" : key);
      return all.entrySet().stream()
          .map(p -> encoded(p.getKey()) + "=" + encoded(p.getValue()))
          .collect(Collectors.joining("&"));
    }

    private static String encoded(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "Alpha Vantage " + function + " " + String.join(" ", parameters.values());
    }
  }
}
