package com.finflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.bank.BankClient;
import com.finflow.localstack.lambda.FunctionEnvironment;
import com.finflow.localstack.lambda.InvocationResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixture stack booted with environment overrides for every function, and the simulated bank on
 * a free port.
 */
class FunctionEnvironmentTest {

  private static LocalStackConfig config;
  private static LocalStackRuntime runtime;

  @BeforeAll
  static void start() {
    config =
        SharedLocalStack.fixtureConfig()
            .withFunctionEnvironment(Map.of("FINFLOW_FAULT_CRASH_AFTER_BANK_RATE", "0.1"))
            .withFunctionEnvironment(Map.of("GREETING", "from the test"));
    runtime = LocalStackRuntime.start(config);
  }

  @AfterAll
  static void stop() {
    if (runtime != null) {
      runtime.close();
    }
  }

  @Test
  void overridesReachAFunctionAndWinOverItsTemplate() {
    JsonNode environment =
        environmentOf(
            "FINFLOW_FAULT_CRASH_AFTER_BANK_RATE", "GREETING", "AWS_LAMBDA_FUNCTION_NAME");

    assertThat(environment.path("FINFLOW_FAULT_CRASH_AFTER_BANK_RATE").asText()).isEqualTo("0.1");
    assertThat(environment.path("GREETING").asText()).isEqualTo("from the test");
    assertThat(environment.path("AWS_LAMBDA_FUNCTION_NAME").asText())
        .isEqualTo("finflow-environment");
  }

  @Test
  void overridesReachEveryFunction() throws Exception {
    HttpResponse<String> greeting =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(runtime.httpBaseUrl() + "/greeting")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(BankClient.json(greeting.body()).path("greeting").asText())
        .isEqualTo("from the test");
  }

  @Test
  void theTemplatesDefaultBankUrlPointsAtTheSimulatedBank() {
    JsonNode environment = environmentOf("FINFLOW_BANK_URL", "PARTNER_URL");

    assertThat(runtime.bank().port()).isNotEqualTo(8091);
    assertThat(environment.path("FINFLOW_BANK_URL").asText())
        .isEqualTo(runtime.bank().baseUrl().toString())
        .isNotEqualTo(FunctionEnvironment.TEMPLATE_DEFAULT_BANK_URL);
    assertThat(environment.path("PARTNER_URL").asText()).isEqualTo("http://localhost:8091/partner");
  }

  @Test
  void theRuntimeStartsTheBankWithTheConfiguredBehaviour() {
    String key = UUID.randomUUID().toString();

    HttpResponse<String> executed = new BankClient(runtime.bank().baseUrl()).pay(key);

    assertThat(executed.statusCode()).isEqualTo(201);
    assertThat(runtime.bank().ledger().executedWith(key)).hasSize(1);
    assertThat(runtime.bank().behaviour()).isEqualTo(config.bankBehaviour());
  }

  @Test
  void theStartupReportShowsTheBankAndTheOverrides() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    StartupReport.print(runtime, config, new PrintStream(printed, true, StandardCharsets.UTF_8));

    String report = printed.toString(StandardCharsets.UTF_8);
    assertThat(report)
        .contains(
            "Bank            "
                + runtime.bank().baseUrl()
                + "  (simulated: latency 0 ms,"
                + " transient failures 0%, rejections 0%, seed 42");
    assertThat(report).contains("every function: FINFLOW_FAULT_CRASH_AFTER_BANK_RATE=0.1");
  }

  private static JsonNode environmentOf(String... names) {
    InvocationResult result =
        runtime.lambda().invoke("finflow-environment", "{\"names\":" + quoted(names) + "}");
    assertThat(result).isInstanceOf(InvocationResult.Success.class);
    return BankClient.json(((InvocationResult.Success) result).payload());
  }

  private static String quoted(String... names) {
    return Arrays.stream(names)
        .map(name -> "\"" + name + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }
}
