package com.finflow.localstack.fx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The European Central Bank's reference-rate files as the local stack's functions read them: {@code
 * /eurofxref-daily.xml}, {@code /eurofxref-hist-90d.xml} and {@code /eurofxref-hist.xml}, in the
 * ECB's own XML, with {@link SandboxRates}'s figures up to today. Faults are set at run time with
 * {@code PUT /sandbox/faults {"error_rate": 0.2, "seed": 7}} (a share of file requests answered
 * 503); {@code GET /sandbox/calls} counts the requests per file.
 */
public final class SandboxFxServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int NINETY_DAYS = 90;

  private final HttpServer server;
  private final Clock clock;
  private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
  private volatile double errorRate;
  private volatile Random random = new Random(42);

  private SandboxFxServer(HttpServer server, Clock clock) {
    this.server = server;
    this.clock = clock;
  }

  public static SandboxFxServer start(int port, Clock clock) {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      SandboxFxServer sandbox = new SandboxFxServer(http, clock);
      http.createContext("/", sandbox::answer);
      http.setExecutor(Executors.newFixedThreadPool(4, daemon()));
      http.start();
      return sandbox;
    } catch (IOException e) {
      throw new IllegalStateException("the sandbox FX source could not listen on " + port, e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Requests per file so far. */
  public Map<String, Long> calls() {
    Map<String, Long> counted = new java.util.TreeMap<>();
    calls.forEach((file, count) -> counted.put(file, count.get()));
    return counted;
  }

  public void failShare(double share, long seed) {
    this.random = new Random(seed);
    this.errorRate = share;
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/sandbox/faults") && exchange.getRequestMethod().equals("PUT")) {
        JsonNode faults = JSON.readTree(exchange.getRequestBody());
        failShare(faults.path("error_rate").asDouble(0), faults.path("seed").asLong(42));
        send(exchange, 204, "application/json", new byte[0]);
        return;
      }
      if (path.equals("/sandbox/calls")) {
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(calls()));
        return;
      }
      LocalDate today = LocalDate.now(clock);
      List<LocalDate> days =
          switch (path) {
            case "/eurofxref-daily.xml" ->
                SandboxRates.daysNewestFirst(today.minusDays(7), today).stream().limit(1).toList();
            case "/eurofxref-hist-90d.xml" ->
                SandboxRates.daysNewestFirst(today.minusDays(NINETY_DAYS), today);
            case "/eurofxref-hist.xml" ->
                SandboxRates.daysNewestFirst(SandboxRates.FIRST_DAY, today);
            default -> null;
          };
      if (days == null) {
        send(exchange, 404, "text/plain", "no such file".getBytes(StandardCharsets.UTF_8));
        return;
      }
      calls.computeIfAbsent(path.substring(1), file -> new AtomicLong()).incrementAndGet();
      if (errorRate > 0 && random.nextDouble() < errorRate) {
        send(
            exchange,
            503,
            "text/html",
            "<html>Service Unavailable</html>".getBytes(StandardCharsets.UTF_8));
        return;
      }
      send(exchange, 200, "text/xml", document(days));
    }
  }

  /** The ECB's envelope: a Cube per day, newest first, a Cube per currency inside. */
  static byte[] document(List<LocalDate> days) {
    StringBuilder xml = new StringBuilder(days.size() * 1_100 + 400);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\"")
        .append(" xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">\n")
        .append("\t<gesmes:subject>Reference rates</gesmes:subject>\n")
        .append("\t<gesmes:Sender>\n\t\t<gesmes:name>European Central Bank</gesmes:name>\n")
        .append("\t</gesmes:Sender>\n\t<Cube>\n");
    for (LocalDate day : days) {
      xml.append("\t\t<Cube time=\"").append(day).append("\">\n");
      for (Map.Entry<String, BigDecimal> rate : SandboxRates.on(day).orElseThrow().entrySet()) {
        xml.append("\t\t\t<Cube currency=\"")
            .append(rate.getKey())
            .append("\" rate=\"")
            .append(rate.getValue().toPlainString())
            .append("\"/>\n");
      }
      xml.append("\t\t</Cube>\n");
    }
    xml.append("\t</Cube>\n</gesmes:Envelope>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
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

  private static java.util.concurrent.ThreadFactory daemon() {
    return work -> {
      Thread thread = new Thread(work, "sandbox-fx");
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
