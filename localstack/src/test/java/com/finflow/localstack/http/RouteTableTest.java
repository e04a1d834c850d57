package com.finflow.localstack.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTableTest {

  private final RouteTable table =
      new RouteTable(
          List.of(
              HttpRoute.parse("ANY /{proxy+}", "greedy", Optional.empty()),
              HttpRoute.parse("GET /transfers/{transfer_id}", "one", Optional.empty()),
              HttpRoute.parse("GET /transfers/bulk/{bulk_id}", "bulk", Optional.empty()),
              HttpRoute.parse("GET /transfers/bulk/latest", "latest", Optional.empty()),
              HttpRoute.parse("ANY /health", "any-health", Optional.empty()),
              HttpRoute.parse("GET /health", "health", Optional.empty()),
              HttpRoute.parse("$default", "fallback", Optional.empty())));

  @Test
  void literalSegmentsBeatVariablesAndVariablesBeatGreedyPaths() {
    assertThat(function("GET", "/transfers/bulk/latest")).isEqualTo("latest");
    assertThat(function("GET", "/transfers/bulk/b-7")).isEqualTo("bulk");
    assertThat(function("GET", "/transfers/t-1")).isEqualTo("one");
    assertThat(function("DELETE", "/transfers/t-1")).isEqualTo("greedy");
  }

  @Test
  void exactMethodBeatsAny() {
    assertThat(function("GET", "/health")).isEqualTo("health");
    assertThat(function("POST", "/health")).isEqualTo("any-health");
  }

  @Test
  void greedyVariableCapturesTheRestOfThePath() {
    assertThat(table.match("PUT", "/a/b/c").orElseThrow().pathParameters())
        .isEqualTo(Map.of("proxy", "a/b/c"));
  }

  @Test
  void defaultRouteCatchesWhatNothingElseMatches() {
    assertThat(function("GET", "/")).isEqualTo("fallback");
    assertThat(
            new RouteTable(List.of(HttpRoute.parse("GET /health", "health", Optional.empty())))
                .match("GET", "/other"))
        .isEmpty();
  }

  private String function(String method, String path) {
    return table.match(method, path).orElseThrow().route().function();
  }
}
