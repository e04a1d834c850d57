package com.finflow.openapi.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The document tells a client of each rate-limited operation about its 429 and Retry-After. */
class RateLimitsDocumentedTest {

  @ParameterizedTest
  @ValueSource(strings = {"/transfers/bulk", "/extract-financial-data"})
  void eachRateLimitedOperationDocuments429WithRetryAfterAndItsLimitVariable(String path)
      throws Exception {
    JsonNode document =
        Json.MAPPER.readTree(
            new OpenApiHandler()
                .handleRequest(
                    SampleEvents.httpEvent("openapi/open-api.json"),
                    new TestContext("finflow-openapi"))
                .getBody());

    JsonNode tooMany = document.at("/paths/" + path.replace("/", "~1") + "/post/responses/429");

    assertThat(tooMany.at("/headers/retry-after/schema/type").asText()).isEqualTo("integer");
    assertThat(tooMany.at("/content/application~1problem+json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/Problem");
    assertThat(tooMany.get("description").asText()).containsPattern("[A-Z_]+_PER_MINUTE");
  }
}
