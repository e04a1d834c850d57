package com.finflow.localstack.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.finflow.localstack.LocalStackRuntime;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The local stack answers as an API Gateway HTTP API in front of Lambda does, for every request it
 * does not hand to a function as it is: each answer is API Gateway's status with {@code {"message":
 * ...}} as JSON, and the function runs only where API Gateway would have run it.
 */
@ExtendWith(FidelityLocalStack.class)
class ApiGatewayFidelityTest {

  private static final String PROBE = "fidelity-probe";
  private static final String AUTHORIZER = "fidelity-authorizer";
  private static final int MIB = 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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

  @Test
  void anUnhandledExceptionIsAnInternalServerError(LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);

    HttpResponse<String> response = send(get(runtime, "/probe/throw"));

    assertAnswer(response, 500, "Internal Server Error");
    assertThat(invocations(runtime, PROBE)).isEqualTo(before + 1);
  }

  @Test
  void aFunctionWhoseContainerCannotStartIsAnInternalServerError(LocalStackRuntime runtime)
      throws Exception {
    assertAnswer(send(get(runtime, "/broken")), 500, "Internal Server Error");
  }

  @Test
  void aFunctionOutlivingItsOwnTimeoutIsAnInternalServerError(LocalStackRuntime runtime)
      throws Exception {
    assertAnswer(send(get(runtime, "/probe/sleep?millis=3000")), 500, "Internal Server Error");
  }

  @Test
  void aFunctionOutlivingTheIntegrationTimeoutIsServiceUnavailable(LocalStackRuntime runtime)
      throws Exception {
    long started = System.nanoTime();

    HttpResponse<String> response = send(get(runtime, "/impatient/sleep?millis=1500"));

    assertAnswer(response, 503, "Service Unavailable");
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_500);
  }

  @Test
  void aResponseLargerThanLambdasSixMebibytesIsAnInternalServerError(LocalStackRuntime runtime)
      throws Exception {
    assertAnswer(send(get(runtime, "/probe/oversized-response")), 500, "Internal Server Error");
  }

  @Test
  void aResponseWhoseStatusCodeIsNotANumberIsAnInternalServerError(LocalStackRuntime runtime)
      throws Exception {
    assertAnswer(send(get(runtime, "/probe/status-as-text")), 500, "Internal Server Error");
  }

  @Test
  void anOutputThatIsNotJsonIsTheBodyOfA200(LocalStackRuntime runtime) throws Exception {
    HttpResponse<String> response = send(get(runtime, "/probe/not-json"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).contains("application/json");
    assertThat(response.body()).isEqualTo("plain words, not JSON");
  }

  @Test
  void anOutputWithoutStatusCodeIsTheBodyOfA200(LocalStackRuntime runtime) throws Exception {
    HttpResponse<String> response = send(get(runtime, "/probe/without-status"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).contains("application/json");
    assertThat(response.body()).isEqualTo("{\"greeting\":\"hello\"}");
  }

  @Test
  void theRequestIdHeaderIsTheIdTheFunctionSawAndTheServerDoesNotNameItself(
      LocalStackRuntime runtime) throws Exception {
    HttpResponse<String> response = send(get(runtime, "/probe/echo"));

    JsonNode seen = JSON.readTree(response.body());
    assertThat(response.headers().firstValue("apigw-requestid"))
        .contains(seen.path("requestId").asText());
    assertThat(response.headers().firstValue("server")).isEmpty();
  }

  @Test
  void aMissingIdentitySourceIsUnauthorizedWithoutCallingTheAuthorizer(LocalStackRuntime runtime)
      throws Exception {
    long before = invocations(runtime, AUTHORIZER);

    HttpResponse<String> response = send(get(runtime, "/private/echo"));

    assertAnswer(response, 401, "Unauthorized");
    assertThat(invocations(runtime, AUTHORIZER)).isEqualTo(before);
  }

  @Test
  void anEmptyIdentitySourceIsUnauthorizedWithoutCallingTheAuthorizer(LocalStackRuntime runtime)
      throws Exception {
    long before = invocations(runtime, AUTHORIZER);

    RawHttp.Response response =
        RawHttp.send(runtime.httpBaseUrl(), "GET /private/echo HTTP/1.1", "Authorization: \r\n");

    assertAnswer(response, 401, "Unauthorized");
    assertThat(invocations(runtime, AUTHORIZER)).isEqualTo(before);
  }

  @Test
  void anAuthorizerFailingWithUnauthorizedIsUnauthorized(LocalStackRuntime runtime)
      throws Exception {
    assertDecision(runtime, "Bearer unauthorized", 401, "Unauthorized");
  }

  @Test
  void anAuthorizerDenyingIsForbidden(LocalStackRuntime runtime) throws Exception {
    assertDecision(runtime, "Bearer nobody", 403, "Forbidden");
  }

  @Test
  void anAuthorizerFailingOtherwiseIsAnInternalServerError(LocalStackRuntime runtime)
      throws Exception {
    assertDecision(runtime, "Bearer crash", 500, "Internal Server Error");
  }

  @Test
  void anAuthorizerOutlivingItsTimeoutIsAnInternalServerError(LocalStackRuntime runtime)
      throws Exception {
    assertDecision(runtime, "Bearer slow", 500, "Internal Server Error");
  }

  @Test
  void anAuthorizerAllowingLetsTheFunctionAnswer(LocalStackRuntime runtime) throws Exception {
    long before = invocations(runtime, PROBE);

    HttpResponse<String> response =
        send(get(runtime, "/private/echo").header("Authorization", "Bearer allow"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(invocations(runtime, PROBE)).isEqualTo(before + 1);
  }

  private void assertDecision(LocalStackRuntime runtime, String token, int status, String message)
      throws Exception {
    long authorizerBefore = invocations(runtime, AUTHORIZER);
    long probeBefore = invocations(runtime, PROBE);

    HttpResponse<String> response =
        send(get(runtime, "/private/echo").header("Authorization", token));

    assertAnswer(response, status, message);
    assertThat(invocations(runtime, AUTHORIZER)).isEqualTo(authorizerBefore + 1);
    assertThat(invocations(runtime, PROBE)).isEqualTo(probeBefore);
  }

  private static void assertAnswer(HttpResponse<String> response, int status, String message) {
    assertAnswer(
        status,
        message,
        response.statusCode(),
        name -> response.headers().firstValue(name).orElse(null),
        response.body());
  }

  private static void assertAnswer(RawHttp.Response response, int status, String message) {
    Map<String, String> headers = response.headers();
    assertAnswer(status, message, response.status(), headers::get, response.body());
  }

  private static void assertAnswer(
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

  private static long invocations(LocalStackRuntime runtime, String function) {
    return runtime.lambda().invocationsOf(function);
  }

  private static HttpRequest.Builder request(LocalStackRuntime runtime, String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(runtime.httpBaseUrl() + pathAndQuery));
  }

  private static HttpRequest.Builder get(LocalStackRuntime runtime, String pathAndQuery) {
    return request(runtime, pathAndQuery).GET();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] concat(byte[]... parts) {
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
