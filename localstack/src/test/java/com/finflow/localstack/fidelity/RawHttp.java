package com.finflow.localstack.fidelity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client that sends bytes exactly as given: the requests a well-behaved client library
 * refuses to send (undecodable paths, bytes that are not UTF-8, broken request lines) are the ones
 * the server must answer.
 */
final class RawHttp {

  record Response(int status, Map<String, String> headers, String body) {}

  private RawHttp() {}

  /**
   * Sends a request line, headers (each ending in CRLF) and an optional body start, and reads the
   * answer.
   */
  static Response send(URI base, byte[] requestLine, String headers, byte[] body)
      throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      request.write(requestLine);
      request.write(
          ("\r\nHost: " + base.getHost() + "\r\n" + headers + "Connection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      request.write(body);
      // One write, so the server cannot answer and close between parts; if it closes before the
      // body is taken, its answer is still read.
      try {
        OutputStream out = socket.getOutputStream();
        out.write(request.toByteArray());
        out.flush();
      } catch (IOException refusedEarly) {
        // The answer, if any, is waiting in the input stream.
      }
      return parse(socket.getInputStream());
    }
  }

  static Response send(URI base, String requestLine, String headers) throws IOException {
    return send(base, requestLine.getBytes(StandardCharsets.UTF_8), headers, new byte[0]);
  }

  private static Response parse(InputStream in) throws IOException {
    byte[] raw = in.readAllBytes();
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : Arrays.asList(lines).subList(1, lines.length)) {
      int colon = line.indexOf(':');
      headers.put(
          line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim());
    }
    return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
  }
}
