package com.finflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedLocalStack.class)
class HttpApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void routeInvokesItsFunctionWithAPayloadV2EventAndMapsTheResponse(LocalStackRuntime runtime)
      throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(runtime.httpBaseUrl() + "/echo/tx%2042?currency=EUR&tag=a&tag=b"))
                .header("Content-Type", "application/json")
                .header("X-Trace", "one")
                .header("Cookie", "theme=dark; lang=fr")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":12.5}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("x-greeting")).contains("hello");
    assertThat(response.headers().allValues("set-cookie")).containsExactly("session=abc; Path=/");
    JsonNode event = JSON.readTree(response.body());
    assertThat(event.path("version").asText()).isEqualTo("2.0");
    assertThat(event.path("routeKey").asText()).isEqualTo("POST /echo/{id}");
    assertThat(event.path("rawPath").asText()).isEqualTo("/echo/tx%2042");
    assertThat(event.path("rawQueryString").asText()).isEqualTo("currency=EUR&tag=a&tag=b");
    assertThat(event.path("pathParameters").path("id").asText()).isEqualTo("tx 42");
    assertThat(event.path("queryStringParameters").path("currency").asText()).isEqualTo("EUR");
    assertThat(event.path("queryStringParameters").path("tag").asText()).isEqualTo("a,b");
    assertThat(event.path("headers").path("x-trace").asText()).isEqualTo("one");
    assertThat(event.path("headers").has("cookie")).isFalse();
    assertThat(event.path("cookies"))
        .extracting(JsonNode::asText)
        .containsExactly("theme=dark", "lang=fr");
    assertThat(event.path("body").asText()).isEqualTo("{\"amount\":12.5}");
    assertThat(event.path("isBase64Encoded").asBoolean()).isFalse();
    assertThat(event.path("method").asText()).isEqualTo("POST");
    assertThat(event.path("stage").asText()).isEqualTo("$default");
    assertThat(event.path("requestId").asText()).isNotBlank();
    assertThat(event.path("invokedFunctionArn").asText())
        .endsWith(":function:Finflow-EchoFunction7C2B1D9E:live");
    assertThat(event.path("secretArn").asText())
        .startsWith("arn:aws:secretsmanager:us-east-1:000000000000:secret:");
    assertThat(event.path("apiName").asText()).isEqualTo("Finflow-api");
  }

  @Test
  void binaryBodiesArriveBase64Encoded(LocalStackRuntime runtime) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(runtime.httpBaseUrl() + "/echo/1"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xff, 0, 1}))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    JsonNode event = JSON.readTree(response.body());
    assertThat(event.path("isBase64Encoded").asBoolean()).isTrue();
    assertThat(event.path("body").asText()).isEqualTo("/wAB");
  }

  @Test
  void unknownRouteAnswers404NotFound(LocalStackRuntime runtime) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(runtime.httpBaseUrl() + "/nowhere")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"message\":\"Not Found\"}");
  }

  @Test
  void protectedRouteWithoutAuthorizationAnswers401WithoutCallingTheAuthorizer(
      LocalStackRuntime runtime) throws Exception {
    long authorizerCallsBefore =
        runtime.lambda().invocationsOf("Finflow-AuthorizerFunction5E6F7A8B");
    long handlerCallsBefore = runtime.lambda().invocationsOf("Finflow-EchoFunction7C2B1D9E");

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(runtime.httpBaseUrl() + "/private/profile")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(runtime.lambda().invocationsOf("Finflow-AuthorizerFunction5E6F7A8B"))
        .isEqualTo(authorizerCallsBefore);
    assertThat(runtime.lambda().invocationsOf("Finflow-EchoFunction7C2B1D9E"))
        .isEqualTo(handlerCallsBefore);
  }

  @Test
  void anAuthorizerFailingWithUnauthorizedAnswers401LikeApiGateway(LocalStackRuntime runtime)
      throws Exception {
    long handlerCallsBefore = runtime.lambda().invocationsOf("Finflow-EchoFunction7C2B1D9E");

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(runtime.httpBaseUrl() + "/private/profile"))
                .header("Authorization", "Bearer expired")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(runtime.lambda().invocationsOf("Finflow-EchoFunction7C2B1D9E"))
        .isEqualTo(handlerCallsBefore);
  }

  @Test
  void protectedRouteDeniedByTheAuthorizerAnswers403(LocalStackRuntime runtime) throws Exception {
    long handlerCallsBefore = runtime.lambda().invocationsOf("Finflow-EchoFunction7C2B1D9E");

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(runtime.httpBaseUrl() + "/private/profile"))
                .header("Authorization", "Bearer nope")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    assertThat(runtime.lambda().invocationsOf("Finflow-EchoFunction7C2B1D9E"))
        .isEqualTo(handlerCallsBefore);
  }

  @Test
  void protectedRouteAllowedByTheAuthorizerGivesTheHandlerTheAuthorizerContext(
      LocalStackRuntime runtime) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(runtime.httpBaseUrl() + "/private/profile"))
                .header("Authorization", "Bearer allow-alice")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode event = JSON.readTree(response.body());
    assertThat(event.path("authorizer").path("user").asText()).isEqualTo("alice");
    assertThat(event.path("authorizer").path("routeArn").asText())
        .isEqualTo(
            "arn:aws:execute-api:us-east-1:000000000000:httpapif5a9a8a7/$default/GET/private/profile");
    assertThat(event.path("routeKey").asText()).isEqualTo("GET /private/profile");
  }
}
