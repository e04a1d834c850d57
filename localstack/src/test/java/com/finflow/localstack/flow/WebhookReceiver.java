package com.finflow.localstack.flow;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A customer's webhook endpoint on this machine: records every request, and refuses the first few
 * with 500.
 */
final class WebhookReceiver implements AutoCloseable {

  record Received(Map<String, String> headers, String body, int answered) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final AtomicInteger refusalsLeft;

  WebhookReceiver(int refuseFirst) {
    this.refusalsLeft = new AtomicInteger(refuseFirst);
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/hooks",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int status = refusalsLeft.getAndDecrement() > 0 ? 500 : 200;
          Map<String, String> headers = new HashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
          received.add(new Received(headers, body, status));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
