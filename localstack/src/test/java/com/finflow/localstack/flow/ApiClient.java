package com.finflow.localstack.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/** Calls the local stack's HTTP API as a Finflow user would. */
public final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI baseUrl;

  public ApiClient(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Reply get(String path, Optional<String> accessToken) {
    return send(request(path, accessToken).GET());
  }

  public Reply post(String path, Optional<String> accessToken, String json) {
    return send(
        request(path, accessToken)
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, Optional<String> accessToken, String json) {
    return send(
        request(path, accessToken)
            .header("content-type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply postWithHeader(
      String path, Optional<String> accessToken, String json, String header, String value) {
    return send(
        request(path, accessToken)
            .header("content-type", "application/json")
            .header(header, value)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /**
   * Any method, with exactly the given headers (no content-type unless given) and body bytes, empty
   * for none.
   */
  public Reply send(
      String method,
      String path,
      Optional<String> accessToken,
      Map<String, String> headers,
      byte[] body) {
    HttpRequest.Builder request = request(path, accessToken);
    headers.forEach(request::header);
    return send(
        request.method(
            method,
            body.length == 0
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpRequest.Builder request(String path, Optional<String> accessToken) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    accessToken.ifPresent(token -> builder.header("authorization", "Bearer " + token));
    return builder;
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response, with its body readable as JSON. */
  public record Reply(int status, HttpResponse<String> response) {

    public JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + response.body(), e);
      }
    }

    public String body() {
      return response.body();
    }

    public Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }
  }
}
