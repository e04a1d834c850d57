package com.finflow.localstack.cashflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The original system's data API over a generated dataset, as an unreliable upstream: {@code
 * /ping}, {@code /company_info}, {@code /exchange_rates} (the given and the withheld rates), and
 * {@code /sepa} and {@code /swift}, one of the dataset's batches of that source per page ({@code
 * ?cursor=N}, {@code next_cursor} until the last). Faults are drawn per request from a seed: server
 * errors, a crash answering 500, a connection dropped mid-body, a body cut short, added latency.
 */
public final class SandboxFeedServer implements AutoCloseable {

  /** Shares of requests that fail each way (0 to 1), latency in ms, and the seed of the draws. */
  public record Faults(
      double errorRate,
      double crashRate,
      double dropRate,
      double truncateRate,
      int latencyMs,
      long seed) {

    public static final Faults NONE = new Faults(0, 0, 0, 0, 0, 42);
  }

  /** What the server answered, by kind. */
  public record Counts(long requests, long errors, long crashes, long drops, long truncations) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final byte[] companies;
  private final byte[] rates;
  private final Map<Source, List<ArrayNode>> pages = new EnumMap<>(Source.class);
  private final Random random;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong crashes = new AtomicLong();
  private final AtomicLong drops = new AtomicLong();
  private final AtomicLong truncations = new AtomicLong();
  private volatile Faults faults;

  private SandboxFeedServer(Path dataset, int port, Faults faults) throws IOException {
    this.faults = faults;
    this.random = new Random(faults.seed());
    ObjectNode companiesBody = JSON.createObjectNode();
    ArrayNode companyList = companiesBody.putArray("companies");
    lines(dataset.resolve(DatasetFiles.COMPANIES)).forEach(companyList::add);
    companies = JSON.writeValueAsBytes(companiesBody);
    ObjectNode ratesBody = JSON.createObjectNode();
    ArrayNode rateList = ratesBody.putArray("rates");
    lines(dataset.resolve(DatasetFiles.RATES)).forEach(rateList::add);
    Path withheld = dataset.resolve(DatasetFiles.WITHHELD_RATES);
    if (Files.exists(withheld)) {
      lines(withheld).forEach(rateList::add);
    }
    rates = JSON.writeValueAsBytes(ratesBody);
    for (Source source : Source.values()) {
      pages.put(source, new ArrayList<>());
    }
    for (JsonNode batch : lines(dataset.resolve(DatasetFiles.BATCHES))) {
      pages
          .get(Source.valueOf(batch.get("source").asText()))
          .add((ArrayNode) batch.get("transactions"));
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::answer);
    server.start();
  }

  /** Serves the dataset in {@code dataset} on {@code port} (0 picks a free one). */
  public static SandboxFeedServer start(Path dataset, int port, Faults faults) {
    try {
      return new SandboxFeedServer(dataset, port, faults);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Changes the faults from now on (a test stops them to let the feed catch up). */
  public void faults(Faults faults) {
    this.faults = faults;
  }

  public Counts counts() {
    return new Counts(requests.get(), errors.get(), crashes.get(), drops.get(), truncations.get());
  }

  /** Pages of each source: a feed that has pulled them all is caught up. */
  public int pages(Source source) {
    return pages.get(source).size();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      Faults now = faults;
      double draw;
      synchronized (random) {
        draw = random.nextDouble();
      }
      if (now.latencyMs() > 0) {
        sleep(now.latencyMs());
      }
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/ping")) {
        send(exchange, 200, "\"pong\"".getBytes(StandardCharsets.UTF_8));
        return;
      }
      byte[] body = body(path, exchange.getRequestURI().getQuery());
      if (body == null) {
        send(exchange, 404, "{\"message\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      double threshold = now.errorRate();
      if (draw < threshold) {
        errors.incrementAndGet();
        send(
            exchange,
            503,
            "{\"message\":\"Service Unavailable\"}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      threshold += now.crashRate();
      if (draw < threshold) {
        crashes.incrementAndGet();
        send(exchange, 500, "Internal Server Error".getBytes(StandardCharsets.UTF_8));
        return;
      }
      threshold += now.dropRate();
      if (draw < threshold) {
        drops.incrementAndGet();
        // Promise the whole body, send half, and hang up.
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body, 0, body.length / 2);
        exchange.getResponseBody().flush();
        return;
      }
      threshold += now.truncateRate();
      if (draw < threshold) {
        truncations.incrementAndGet();
        byte[] cut = java.util.Arrays.copyOf(body, body.length / 2);
        send(exchange, 200, cut);
        return;
      }
      send(exchange, 200, body);
    }
  }

  private byte[] body(String path, String query) throws IOException {
    return switch (path) {
      case "/company_info" -> companies;
      case "/exchange_rates" -> rates;
      case "/sepa" -> page(Source.SEPA, query);
      case "/swift" -> page(Source.SWIFT, query);
      default -> null;
    };
  }

  private byte[] page(Source source, String query) throws IOException {
    int cursor = 0;
    if (query != null && query.startsWith("cursor=")) {
      try {
        cursor = Integer.parseInt(query.substring("cursor=".length()));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    List<ArrayNode> ofSource = pages.get(source);
    if (cursor < 0 || cursor > Math.max(0, ofSource.size() - 1)) {
      return null;
    }
    ObjectNode page = JSON.createObjectNode();
    page.put("cursor", String.valueOf(cursor));
    if (cursor + 1 < ofSource.size()) {
      page.put("next_cursor", String.valueOf(cursor + 1));
    } else {
      page.putNull("next_cursor");
    }
    page.set("transactions", ofSource.isEmpty() ? JSON.createArrayNode() : ofSource.get(cursor));
    return JSON.writeValueAsBytes(page);
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("content-type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
