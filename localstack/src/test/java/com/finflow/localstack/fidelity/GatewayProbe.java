package com.finflow.localstack.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.finflow.localstack.LocalStackRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the fidelity tests share: the probe function and authorizer of {@link FidelityLocalStack},
 * and the check that an answer is API Gateway's own ({@code {"message": ...}} as JSON, with its
 * request id and without a server name).
 */
@ExtendWith(FidelityLocalStack.class)
abstract class GatewayProbe {

  protected static final String PROBE = "fidelity-probe";
  protected static final String AUTHORIZER = "fidelity-authorizer";
  protected static final int MIB = 1024 * 1024;
  protected static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  protected static void assertAnswer(HttpResponse<String> response, int status, String message) {
    assertAnswer(
        status,
        message,
        response.statusCode(),
        name -> response.headers().firstValue(name).orElse(null),
        response.body());
  }

  protected static void assertAnswer(RawHttp.Response response, int status, String message) {
    Map<String, String> headers = response.headers();
    assertAnswer(status, message, response.status(), headers::get, response.body());
  }

  protected static void assertAnswer(
      int expectedStatus,
      String message,
      int status,
      Function<String, String> header,
      String body) {
    assertThat(status).isEqualTo(expectedStatus);
    assertThat(header.apply("content-type")).isEqualTo("application/json");
    assertThat(header.apply("apigw-requestid")).isNotBlank();
    assertThat(header.apply("server")).isNull();
    assertThat(body).isEqualTo("{\"message\":\"" + message + "\"}");
  }

  protected static long invocations(LocalStackRuntime runtime, String function) {
    return runtime.lambda().invocationsOf(function);
  }

  protected static HttpRequest.Builder request(LocalStackRuntime runtime, String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(runtime.httpBaseUrl() + pathAndQuery));
  }

  protected static HttpRequest.Builder get(LocalStackRuntime runtime, String pathAndQuery) {
    return request(runtime, pathAndQuery).GET();
  }

  protected HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  protected static byte[] concat(byte[]... parts) {
    int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
    byte[] joined = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, joined, at, part.length);
      at += part.length;
    }
    return joined;
  }
}
