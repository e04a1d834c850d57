package com.finflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.finflow.localstack.lambda.InvocationResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedLocalStack.class)
class FunctionIsolationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void twoFunctionsWithTheSameHandlerEachSeeTheirOwnEnvironment(LocalStackRuntime runtime)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    JsonNode greeter =
        JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create(runtime.httpBaseUrl() + "/greeting")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    JsonNode echo =
        JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create(runtime.httpBaseUrl() + "/echo/1"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());

    assertThat(greeter.path("greeting").asText()).isEqualTo("bonjour");
    assertThat(greeter.path("environmentFunctionName").asText()).isEqualTo("finflow-greeter");
    assertThat(greeter.path("secretArn").asText()).isEmpty();
    assertThat(echo.path("greeting").asText()).isEqualTo("hello");
    assertThat(echo.path("environmentFunctionName").asText())
        .isEqualTo("Finflow-EchoFunction7C2B1D9E");
    assertThat(greeter.path("environmentLoader").asText()).startsWith("lambda:finflow-greeter:");
    assertThat(echo.path("environmentLoader").asText())
        .startsWith("lambda:Finflow-EchoFunction7C2B1D9E:");
  }

  @Test
  void handlerExceptionsBecomeFailuresNamedLikeLambdaErrors(LocalStackRuntime runtime) {
    InvocationResult result = runtime.lambda().invoke("finflow-greeter", "[\"not an http event\"]");

    assertThat(result).isInstanceOf(InvocationResult.Failure.class);
  }
}
