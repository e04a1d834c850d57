package com.finflow.shared.http;

import com.finflow.shared.lambda.Priming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP clients Finflow calls upstreams with (the bank, the open-finance provider, feeds, the
 * ECB, the price feed, webhook receivers). Each is primed for SnapStart by one exchange with a
 * server of its own on the loopback interface, answered in-process, and by the start of a TLS
 * handshake with another: the client's stack loads without any upstream being called.
 */
public final class OutboundHttp {

  private static final byte[] NO_CONTENT =
      "HTTP/1.1 204 No Content\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII);

  private OutboundHttp() {}

  public static HttpClient client(Duration connectTimeout) {
    return primed(HttpClient.newBuilder().connectTimeout(connectTimeout).build());
  }

  /** A client that never follows a redirect: a webhook receiver may not send us elsewhere. */
  public static HttpClient clientWithoutRedirects(Duration connectTimeout) {
    return primed(
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  private static HttpClient primed(HttpClient client) {
    Priming.add(
        "HttpClient",
        () -> {
          exchangeOnLoopback(client);
          helloOnLoopback(client);
        });
    return client;
  }

  static void exchangeOnLoopback(HttpClient client) {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread answering = Thread.ofVirtual().start(() -> answerOnce(server));
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + server.getLocalPort() + "/priming"))
              .timeout(Duration.ofSeconds(2))
              .header("content-type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{}"))
              .build();
      client.send(request, HttpResponse.BodyHandlers.ofString());
      answering.join(2_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while priming an HTTP client", e);
    }
  }

  /**
   * Begins a TLS handshake with a loopback server that hangs up on the client's hello, so the
   * client's side of TLS (its context, key shares and hello) loads too; upstreams are all HTTPS.
   *
   * @return the first byte the server read: 22 for a TLS handshake record, -1 for none
   */
  static int helloOnLoopback(HttpClient client) {
    AtomicInteger firstByte = new AtomicInteger(-1);
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread hangingUp = Thread.ofVirtual().start(() -> hangUpOnHellos(server, firstByte));
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create("https://127.0.0.1:" + server.getLocalPort() + "/priming"))
              .timeout(Duration.ofSeconds(2))
              .build();
      try {
        client.send(request, HttpResponse.BodyHandlers.discarding());
      } catch (IOException hungUp) {
        // what priming asks for: the handshake began and the server ended it
      }
      server.close();
      hangingUp.join(2_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while priming an HTTP client", e);
    }
    return firstByte.get();
  }

  /** Until the server is closed: reads what a connection sends first, then hangs up. */
  private static void hangUpOnHellos(ServerSocket server, AtomicInteger firstByte) {
    while (!server.isClosed()) {
      try (Socket connection = server.accept()) {
        byte[] hello = new byte[16_384];
        if (connection.getInputStream().read(hello) > 0) {
          firstByte.compareAndSet(-1, hello[0]);
        }
      } catch (IOException closed) {
        // the server was closed, or the client went first
      }
    }
  }

  private static void answerOnce(ServerSocket server) {
    try (Socket connection = server.accept()) {
      InputStream in = connection.getInputStream();
      // The request's head ends with an empty line; its small body may follow, unread.
      int matched = 0;
      byte[] end = {'\r', '\n', '\r', '\n'};
      while (matched < end.length) {
        int next = in.read();
        if (next < 0) {
          return;
        }
        matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
      }
      OutputStream out = connection.getOutputStream();
      out.write(NO_CONTENT);
      out.flush();
    } catch (IOException ignored) {
      // the client reports what went wrong; this side has nothing to add
    }
  }
}
