package com.finflow.localstack.prices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Alpha Vantage's query API as the local stack's functions read it, over {@link SandboxPrices}:
 * {@code GET /query?function=TIME_SERIES_DAILY&symbol=IBM&outputsize=compact|full&apikey=...} (the
 * latest 100 trading days up to today, or every one since {@link SandboxPrices#FIRST_DAY}) and
 * {@code GET /query?function=SYMBOL_SEARCH&keywords=...&apikey=...}, in Alpha Vantage's own JSON:
 * numbered keys, figures as strings, and refusals answered 200 with an {@code "Error Message"}.
 * Faults are set at run time with {@code PUT /sandbox/faults {"error_rate": 0.2, "throttle_rate":
 * 0.1, "delay_ms": 200, "seed": 7}}: a share of queries answered 503, a share answered with Alpha
 * Vantage's rate-limit notice, every query answered after the delay. {@code GET /sandbox/calls}
 * counts the queries per function and symbol or keywords.
 */
public final class SandboxPriceServer implements AutoCloseable {

  static final int COMPACT_DAYS = 100;
  static final String INVALID_CALL =
      "Invalid API call. Please retry or visit the documentation"
          + " (https://www.alphavantage.co/documentation/) for ";
  static final String MISSING_KEY =
      "the parameter apikey is invalid or missing. Please claim your free API key on"
          + " (https://www.alphavantage.co/support/#api-key). It should take less than 20 seconds.";
  static final String RATE_LIMIT =
      "Thank you for using Alpha Vantage! Our standard API rate limit is 25 requests per day."
          + " Please subscribe to any of the premium plans at https://www.alphavantage.co/premium/"
          + " to instantly remove all daily rate limits.";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int THREADS = 16;
  // Enough pending connections that a hundred clients arriving at once are all let in.
  private static final int BACKLOG = 256;

  private final HttpServer server;
  private final ExecutorService threads;
  private final Clock clock;
  private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
  private volatile Faults faults = Faults.NONE;

  private SandboxPriceServer(HttpServer server, ExecutorService threads, Clock clock) {
    this.server = server;
    this.threads = threads;
    this.clock = clock;
  }

  public static SandboxPriceServer start(int port, Clock clock) {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), BACKLOG);
      ExecutorService threads = Executors.newFixedThreadPool(THREADS, daemon());
      SandboxPriceServer sandbox = new SandboxPriceServer(http, threads, clock);
      http.createContext("/", sandbox::answer);
      http.setExecutor(threads);
      http.start();
      return sandbox;
    } catch (IOException e) {
      throw new IllegalStateException("the sandbox price source could not listen on " + port, e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /**
   * Queries so far, per function and symbol or keywords, such as {@code "TIME_SERIES_DAILY IBM"}.
   */
  public Map<String, Long> calls() {
    Map<String, Long> counted = new TreeMap<>();
    calls.forEach((call, count) -> counted.put(call, count.get()));
    return counted;
  }

  public void resetCalls() {
    calls.clear();
  }

  /** Every fault at once: shares answered 503 and throttled, and the delay of every query. */
  public synchronized void faults(
      double errorRate, double throttleRate, Duration delay, long seed) {
    this.faults = new Faults(errorRate, throttleRate, delay.toMillis(), new Random(seed));
  }

  /** A share of queries answered 503, the other faults kept. */
  public synchronized void failShare(double share, long seed) {
    faults(share, faults.throttleRate, Duration.ofMillis(faults.delayMs), seed);
  }

  /** A share of queries answered with the rate-limit notice, the other faults kept. */
  public synchronized void throttleShare(double share, long seed) {
    faults(faults.errorRate, share, Duration.ofMillis(faults.delayMs), seed);
  }

  /** Every query answered after this delay, the other faults kept. */
  public synchronized void delay(Duration delay) {
    Faults current = faults;
    this.faults =
        new Faults(current.errorRate, current.throttleRate, delay.toMillis(), current.random);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (path.equals("/sandbox/faults") && method.equals("PUT")) {
        JsonNode asked = JSON.readTree(exchange.getRequestBody());
        faults(
            asked.path("error_rate").asDouble(0),
            asked.path("throttle_rate").asDouble(0),
            Duration.ofMillis(asked.path("delay_ms").asLong(0)),
            asked.path("seed").asLong(42));
        send(exchange, 204, "application/json", new byte[0]);
        return;
      }
      if (path.equals("/sandbox/calls") && method.equals("GET")) {
        Map<String, Long> counted = calls();
        ObjectNode body = JSON.createObjectNode();
        body.put("total", counted.values().stream().mapToLong(Long::longValue).sum());
        body.set("counts", JSON.valueToTree(counted));
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(body));
        return;
      }
      if (!path.equals("/query")) {
        send(exchange, 404, "text/plain", "no such path".getBytes(StandardCharsets.UTF_8));
        return;
      }
      query(exchange, parameters(exchange.getRequestURI().getRawQuery()));
    }
  }

  private void query(HttpExchange exchange, Map<String, String> parameters) throws IOException {
    String function = parameters.getOrDefault("function", "");
    String subject =
        parameters.getOrDefault("symbol", parameters.getOrDefault("keywords", "")).strip();
    calls
        .computeIfAbsent((function + " " + subject).strip(), call -> new AtomicLong())
        .incrementAndGet();
    Faults now = faults;
    now.pause();
    double draw = now.draw();
    if (draw < now.errorRate) {
      send(
          exchange,
          503,
          "text/html",
          "<html><body>Service Unavailable</body></html>".getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (draw < now.errorRate + now.throttleRate) {
      sendJson(exchange, message("Information", RATE_LIMIT));
      return;
    }
    if (parameters.getOrDefault("apikey", "").isBlank()) {
      sendJson(exchange, message("Error Message", MISSING_KEY));
      return;
    }
    LocalDate today = LocalDate.now(clock);
    ObjectNode body =
        switch (function) {
          case "TIME_SERIES_DAILY" ->
              SandboxPrices.find(subject)
                  .map(
                      security ->
                          series(subject, today, "full".equals(parameters.get("outputsize"))))
                  .orElseGet(() -> message("Error Message", INVALID_CALL + function + "."));
          case "SYMBOL_SEARCH" ->
              parameters.containsKey("keywords")
                  ? search(parameters.get("keywords"))
                  : message("Error Message", INVALID_CALL + function + ".");
          default ->
              message("Error Message", "This API function (" + function + ") does not exist.");
        };
    sendJson(exchange, body);
  }

  /** The daily series, newest first; the symbol is echoed as asked, as Alpha Vantage echoes it. */
  static ObjectNode series(String symbol, LocalDate today, boolean full) {
    List<LocalDate> days =
        full
            ? SandboxPrices.tradingDays(SandboxPrices.FIRST_DAY, today)
            : SandboxPrices.latestTradingDays(today, COMPACT_DAYS);
    ObjectNode body = JSON.createObjectNode();
    ObjectNode meta = body.putObject("Meta Data");
    meta.put("1. Information", "Daily Prices (open, high, low, close) and Volumes");
    meta.put("2. Symbol", symbol);
    meta.put("3. Last Refreshed", (days.isEmpty() ? today : days.getLast()).toString());
    meta.put("4. Output Size", full ? "Full size" : "Compact");
    meta.put("5. Time Zone", "US/Eastern");
    ObjectNode series = body.putObject("Time Series (Daily)");
    for (LocalDate day : days.reversed()) {
      SandboxBar bar = SandboxPrices.bar(symbol, day).orElseThrow();
      ObjectNode figures = series.putObject(day.toString());
      figures.put("1. open", bar.open().toPlainString());
      figures.put("2. high", bar.high().toPlainString());
      figures.put("3. low", bar.low().toPlainString());
      figures.put("4. close", bar.close().toPlainString());
      figures.put("5. volume", Long.toString(bar.volume()));
    }
    return body;
  }

  static ObjectNode search(String keywords) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode matches = body.putArray("bestMatches");
    for (SandboxSymbolSearch.Match match : SandboxSymbolSearch.matches(keywords)) {
      SandboxSecurity security = match.security();
      ObjectNode found = matches.addObject();
      found.put("1. symbol", security.symbol());
      found.put("2. name", security.name());
      found.put("3. type", security.type());
      found.put("4. region", security.region());
      found.put("5. marketOpen", security.marketOpen());
      found.put("6. marketClose", security.marketClose());
      found.put("7. timezone", security.timezone());
      found.put("8. currency", security.currency());
      found.put("9. matchScore", match.score().toPlainString());
    }
    return body;
  }

  private static ObjectNode message(String key, String text) {
    ObjectNode body = JSON.createObjectNode();
    body.put(key, text);
    return body;
  }

  /** The query's parameters, decoded; the first of a repeated one counts. */
  private static Map<String, String> parameters(String rawQuery) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (rawQuery == null) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      String[] parts = pair.split("=", 2);
      parameters.putIfAbsent(
          URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
    }
    return parameters;
  }

  private static void sendJson(HttpExchange exchange, ObjectNode body) throws IOException {
    send(exchange, 200, "application/json", JSON.writeValueAsBytes(body));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("content-type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static ThreadFactory daemon() {
    AtomicInteger count = new AtomicInteger();
    return work -> {
      Thread thread = new Thread(work, "sandbox-prices-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  /** Faults in force: shares of queries answered 503 or throttled, and the delay of each. */
  private record Faults(double errorRate, double throttleRate, long delayMs, Random random) {

    static final Faults NONE = new Faults(0, 0, 0, new Random(42));

    void pause() {
      if (delayMs <= 0) {
        return;
      }
      try {
        Thread.sleep(delayMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** A number in [0, 1) from the seeded sequence; drawn only when a fault is dialled in. */
    double draw() {
      return errorRate > 0 || throttleRate > 0 ? random.nextDouble() : 1;
    }
  }
}
