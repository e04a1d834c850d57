package com.finflow.localstack.flow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes no HTTP client library would send (a bare CR in a header, raw bytes in a path) and
 * reads the answer.
 */
final class RawHttp {

  /** A status, its headers (names in lower case) and its body as UTF-8 text. */
  record Answer(int status, Map<String, String> headers, String body) {}

  private RawHttp() {}

  /** Sends {@code head} (request line and headers, without the blank line) and {@code body}. */
  static Answer send(URI baseUrl, byte[] head, byte[] body) {
    try (Socket socket = new Socket(baseUrl.getHost(), baseUrl.getPort())) {
      socket.setSoTimeout(30_000);
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      request.write(head);
      request.write(
          ("\r\nhost: " + baseUrl.getHost() + ":" + baseUrl.getPort() + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      request.write(
          ("content-length: " + body.length + "\r\nconnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      request.write(body);
      writeTolerantly(socket.getOutputStream(), request.toByteArray());
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the request in one go, so a server that refuses the head cannot close the socket between
   * our writes; if it answers and closes before the body is taken, its answer is still read, as
   * curl would.
   */
  static void writeTolerantly(OutputStream out, byte[] request) {
    try {
      out.write(request);
      out.flush();
    } catch (IOException refusedEarly) {
      // The answer, if any, is waiting in the input stream.
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    String body = text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunked(body);
    }
    return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
  }

  private static String unchunked(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
}
