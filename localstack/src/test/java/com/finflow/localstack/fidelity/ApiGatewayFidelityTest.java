package com.finflow.localstack.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.localstack.LocalStackRuntime;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The local stack answers as an API Gateway HTTP API in front of Lambda does, for every request it
 * does not hand to a function as it is: each answer is API Gateway's status with {@code {"message":
 * ...}} as JSON, and the function runs only where API Gateway would have run it. What a function's
 * or an authorizer's outcome becomes is in {@link FunctionOutcomeFidelityTest}.
 */
class ApiGatewayFidelityTest extends GatewayProbe {

  @Test
  void aPathNoRouteMatchesIsNotFound(LocalStackRuntime runtime) throws Exception {
    assertAnswer(send(get(runtime, "/nowhere")), 404, "Not Found");
  }

  @Test
  void aKnownPathWithAMethodItsRouteDoesNotTakeIsNotFoundWithoutInvokingTheFunction(
      LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);

    HttpResponse<String> response = send(request(runtime, "/impatient/echo").DELETE());

    assertAnswer(response, 404, "Not Found");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before);
  }

  @Test
  void aMethodHttpDoesNotDefineIsNotFound(LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);

    HttpResponse<String> response =
        send(
            request(runtime, "/impatient/echo")
                .method("PROPFIND", HttpRequest.BodyPublishers.noBody()));

    assertAnswer(response, 404, "Not Found");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before);
  }

  @Test
  void aPathWithAnEncodedControlCharacterIsABadRequestNotAnHtmlPage(LocalStackRuntime runtime)
      throws Exception {
    long before = invocations(runtime, PROBE);

    HttpResponse<String> response = send(get(runtime, "/probe/%0D"));

    assertAnswer(response, 400, "Bad Request");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before);
  }

  @Test
  void theSuspiciousPathCharacterOfTheIssueIsAJsonBadRequest(LocalStackRuntime runtime)
      throws Exception {
    assertAnswer(send(get(runtime, "/transfers/bulk/%0D")), 400, "Bad Request");
  }

  @Test
  void aPathWithAnInvalidEscapeIsABadRequest(LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);

    RawHttp.Response response = RawHttp.send(runtime.httpBaseUrl(), "GET /probe/%ZZ HTTP/1.1", "");

    assertAnswer(response, 400, "Bad Request");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before);
  }

  @Test
  void aPathWhoseEscapesAreNotUtf8IsABadRequest(LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);

    HttpResponse<String> response = send(get(runtime, "/probe/%C3%28"));

    assertAnswer(response, 400, "Bad Request");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before);
  }

  @Test
  void aPathSentAsBytesThatAreNotUtf8IsABadRequest(LocalStackRuntime runtime) throws Exception {
    byte[] requestLine =
        concat(
            "GET /probe/".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xff, (byte) 0xfe},
            " HTTP/1.1".getBytes(StandardCharsets.US_ASCII));

    RawHttp.Response response = RawHttp.send(runtime.httpBaseUrl(), requestLine, "", new byte[0]);

    assertAnswer(response, 400, "Bad Request");
  }

  @Test
  void aQueryThatDoesNotDecodeIsABadRequest(LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);

    HttpResponse<String> response = send(get(runtime, "/probe/echo?name=%E2%82"));

    assertAnswer(response, 400, "Bad Request");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before);
  }

  @Test
  void aRequestLineWithAnInvalidMethodIsABadRequest(LocalStackRuntime runtime) throws Exception {
    assertAnswer(
        RawHttp.send(runtime.httpBaseUrl(), "G{T /probe/echo HTTP/1.1", ""), 400, "Bad Request");
  }

  @Test
  void aHeaderLineWithoutAColonIsABadRequest(LocalStackRuntime runtime) throws Exception {
    assertAnswer(
        RawHttp.send(runtime.httpBaseUrl(), "GET /probe/echo HTTP/1.1", "Not a header\r\n"),
        400,
        "Bad Request");
  }

  @Test
  void anUnknownHttpVersionIsABadRequest(LocalStackRuntime runtime) throws Exception {
    assertAnswer(
        RawHttp.send(runtime.httpBaseUrl(), "GET /probe/echo HTTP/3.7", ""), 400, "Bad Request");
  }

  @Test
  void aHundredKilobytePathIsTooLong(LocalStackRuntime runtime) throws Exception {
    RawHttp.Response response =
        RawHttp.send(runtime.httpBaseUrl(), "GET /probe/" + "a".repeat(100_000) + " HTTP/1.1", "");

    assertAnswer(response, 414, "Request-URI Too Long");
  }

  @Test
  void aRequestLineOverTheTenKilobyteQuotaIsTooLongWithoutInvokingTheFunction(
      LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);

    HttpResponse<String> response = send(get(runtime, "/probe/echo?padding=" + "a".repeat(10_300)));

    assertAnswer(response, 414, "Request-URI Too Long");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before);
  }

  @Test
  void aHundredKilobyteHeaderIsTooLarge(LocalStackRuntime runtime) throws Exception {
    RawHttp.Response response =
        RawHttp.send(
            runtime.httpBaseUrl(),
            "GET /probe/echo HTTP/1.1",
            "X-Padding: " + "a".repeat(100_000) + "\r\n");

    assertAnswer(response, 431, "Request Header Fields Too Large");
  }

  @Test
  void headerValuesTakingTheRequestOverTheTenKilobyteQuotaAreTooLargeWithoutInvokingTheFunction(
      LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);

    HttpResponse<String> response =
        send(
            get(runtime, "/probe/echo")
                .header("X-Padding", "a".repeat(6_000))
                .header("X-More-Padding", "a".repeat(4_300)));

    assertAnswer(response, 431, "Request Header Fields Too Large");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before);
  }

  @Test
  void aRequestJustUnderTheTenKilobyteQuotaIsServed(LocalStackRuntime runtime) throws Exception {
    HttpResponse<String> response =
        send(get(runtime, "/probe/echo").header("X-Padding", "a".repeat(9_500)));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void aDeclaredBodyOverTenMebibytesIsTooLargeBeforeItIsRead(LocalStackRuntime runtime)
      throws Exception {
    long before = invocations(runtime, PROBE);

    RawHttp.Response response =
        RawHttp.send(
            runtime.httpBaseUrl(),
            "POST /probe/echo HTTP/1.1".getBytes(StandardCharsets.US_ASCII),
            "Content-Type: text/plain\r\nContent-Length: " + (10 * MIB + 1) + "\r\n",
            new byte[0]);

    assertAnswer(response, 413, "Request Entity Too Large");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before);
  }

  @Test
  void aStreamedBodyOverTenMebibytesIsTooLarge(LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);
    byte[] body = new byte[10 * MIB + 1];
    Arrays.fill(body, (byte) 'a');

    HttpResponse<String> response =
        send(
            request(runtime, "/probe/echo")
                .header("Content-Type", "text/plain")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body))));

    assertAnswer(response, 413, "Request Entity Too Large");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before);
  }

  @Test
  void aTextBodyMakingTheEventLargerThanLambdasSixMebibytesIsTooLargeWithoutInvokingTheFunction(
      LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);

    HttpResponse<String> response =
        send(
            request(runtime, "/probe/echo")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("a".repeat(6 * MIB))));

    assertAnswer(response, 413, "Request Entity Too Large");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before);
  }

  @Test
  void aBinaryBodyCountsAtItsBase64SizeInTheEvent(LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);
    byte[] body = new byte[5 * MIB];

    HttpResponse<String> response =
        send(
            request(runtime, "/probe/echo")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

    assertAnswer(response, 413, "Request Entity Too Large");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before);
  }

  @Test
  void aTextBodyOfTheSameSizeFitsInTheEventAndIsServed(LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);

    HttpResponse<String> response =
        send(
            request(runtime, "/probe/echo")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("a".repeat(5 * MIB))));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).path("bodyLength").asInt()).isEqualTo(5 * MIB);
    assertThat(invocations(runtime, PROBE)).isEqualTo(before + 1);
  }
}
