package com.finflow.shared.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import com.finflow.shared.failure.Category;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

  @Test
  void readsAJsonObject() {
    assertThat(RequestBodies.objectOf(withBody("{\"a\": 1}")).get("a").asInt()).isEqualTo(1);
  }

  @Test
  void readsABase64EncodedBody() {
    String body = "{\"a\": \"é\"}";
    APIGatewayV2HTTPEvent event =
        withBody(Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
    event.setIsBase64Encoded(true);

    assertThat(RequestBodies.objectOf(event).get("a").asText()).isEqualTo("é");
  }

  @Test
  void refusesAMissingBody() {
    assertMalformed(withBody(null), "the request needs a JSON object body");
  }

  @Test
  void refusesJsonThatIsNotAnObject() {
    assertMalformed(withBody("[1, 2]"), "the request body must be a JSON object");
  }

  @Test
  void namesWhereInvalidJsonBreaks() {
    assertMalformed(
        withBody("{\n  \"a\": tru\n}"), "the request body is not valid JSON (line 2, column 11)");
  }

  @Test
  void answersABodyNestedDeeperThanTheReaderAllowsWith400NamingTheLimit() throws Exception {
    APIGatewayV2HTTPEvent event = withBody("[".repeat(1_001) + "]".repeat(1_001));

    APIGatewayV2HTTPResponse response =
        HttpEndpoint.serve(
            event,
            new TestContext("finflow-test"),
            request -> {
              RequestBodies.objectOf(request);
              return HttpResult.json(200, Map.of());
            });

    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("detail").asText())
        .isEqualTo(
            "the request body exceeds a limit of the JSON reader: "
                + "document nesting depth (1001) exceeds the maximum allowed (1000)");
  }

  @Test
  void refusesANumberLongerThanTheReaderAllowsNamingTheLimit() {
    assertThatThrownBy(
            () -> RequestBodies.objectOf(withBody("{\"amount\": " + "9".repeat(1_001) + "}")))
        .isInstanceOf(MalformedRequest.class)
        .hasMessageStartingWith(
            "the request body exceeds a limit of the JSON reader: number value length (1001)")
        .hasMessageNotContaining("StreamReadConstraints");
  }

  private static void assertMalformed(APIGatewayV2HTTPEvent event, String detail) {
    assertThatThrownBy(() -> RequestBodies.objectOf(event))
        .isInstanceOfSatisfying(
            MalformedRequest.class,
            malformed -> assertThat(malformed.category()).isEqualTo(Category.MALFORMED_REQUEST))
        .hasMessage(detail);
  }

  private static APIGatewayV2HTTPEvent withBody(String body) {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("identity/register.json");
    event.setBody(body);
    return event;
  }
}
