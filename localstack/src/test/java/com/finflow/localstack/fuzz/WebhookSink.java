package com.finflow.localstack.fuzz;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook endpoint on this machine that accepts every notice, so deliveries exist and succeed.
 */
final class WebhookSink implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger received = new AtomicInteger();

  WebhookSink() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/hooks",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          received.incrementAndGet();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  int received() {
    return received.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
