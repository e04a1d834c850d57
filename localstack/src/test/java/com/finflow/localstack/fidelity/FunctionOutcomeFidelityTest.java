package com.finflow.localstack.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What the local stack's HTTP API makes of a function's outcome (an exception, a timeout, an
 * oversized or odd output) and of an authorizer's decision, as API Gateway in front of Lambda does.
 */
class FunctionOutcomeFidelityTest extends GatewayProbe {

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
}
