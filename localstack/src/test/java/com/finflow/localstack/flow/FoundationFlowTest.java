package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalJson;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The conventions every feature relies on, through the real stack. */
@ExtendWith(RunningFinflow.class)
class FoundationFlowTest {

  @Test
  void healthIsGreenForEveryDependencyOfTheRealStack(LocalStackRuntime runtime) {
    ApiClient.Reply health = new ApiClient(runtime.httpBaseUrl()).get("/health", Optional.empty());

    assertThat(health.status()).as(health.body()).isEqualTo(200);
    JsonNode checks = health.json().get("checks");
    assertThat(checks.findValuesAsText("name"))
        .containsExactly("dynamodb", "sqs", "kms", "secretsmanager");
    assertThat(checks.findValuesAsText("status")).containsOnly("pass");
    assertThat(checks.findValues("latency_ms"))
        .allSatisfy(latency -> assertThat(latency.asLong()).isNotNegative());
  }

  @Test
  void everyTableOfTheTemplateExistsBehindTheOneAwsEndpoint(LocalStackRuntime runtime) {
    var tables = TestClients.dynamoDb(runtime.awsEndpoint()).listTables().tableNames();

    assertThat(tables)
        .anyMatch(name -> name.contains("IdentityTable"))
        .anyMatch(name -> name.contains("AccountsTable"));
  }

  @Test
  void servesTheOpenApiDocument(LocalStackRuntime runtime) {
    ApiClient.Reply document =
        new ApiClient(runtime.httpBaseUrl()).get("/openapi.json", Optional.empty());

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.json().get("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void logsJsonLinesCarryingTheCallersCorrelationIdAndTheFunctionName(LocalStackRuntime runtime)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(runtime.httpBaseUrl() + "/openapi.json"))
            .header("x-correlation-id", "flow-test-42")
            .build();

    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.headers().firstValue("x-correlation-id")).contains("flow-test-42");
    String line =
        RunningFinflow.capturedOutput()
            .lines()
            .filter(candidate -> candidate.contains("\"correlation_id\":\"flow-test-42\""))
            .findFirst()
            .orElseThrow();
    JsonNode log = LocalJson.MAPPER.readTree(line);
    assertThat(log.get("function_name").asText()).contains("OpenApi");
    assertThat(log.has("cold_start")).isTrue();
    assertThat(log.get("level").asText()).isEqualTo("INFO");
  }
}
