package com.finflow.localstack.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionDefinitionsTest {

  private static final List<FunctionDefinition> FUNCTIONS =
      List.of(
          function(
              "ExecuteTransferFunctionF94455FD",
              "com.finflow.transfers.lambda.ExecuteTransferHandler::handleRequest"),
          function(
              "SettleBulkFunction22C50BDA",
              "com.finflow.transfers.lambda.SettleBulkHandler::handleRequest"));

  @Test
  void anOverrideReplacesTheHandlerOfTheFunctionItsPrefixNamesOnly() {
    List<FunctionDefinition> functions =
        FunctionDefinitions.withHandlerOverrides(
            FUNCTIONS, Map.of("ExecuteTransfer", "com.example.Crashing::handleRequest"));

    assertThat(functions)
        .extracting(FunctionDefinition::handler)
        .containsExactly(
            "com.example.Crashing::handleRequest",
            "com.finflow.transfers.lambda.SettleBulkHandler::handleRequest");
    assertThat(functions.get(0))
        .usingRecursiveComparison()
        .ignoringFields("handler")
        .isEqualTo(FUNCTIONS.get(0));
  }

  @Test
  void anOverrideThatNamesNoFunctionIsRefused() {
    assertThatThrownBy(
            () ->
                FunctionDefinitions.withHandlerOverrides(
                    FUNCTIONS, Map.of("FanOut", "com.example.Crashing::handleRequest")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FanOut");
  }

  private static FunctionDefinition function(String logicalId, String handler) {
    return new FunctionDefinition(
        logicalId,
        "Finflow-" + logicalId,
        handler,
        Map.of("TABLE", "t"),
        Duration.ofSeconds(30),
        512);
  }
}
