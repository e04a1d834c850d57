package com.finflow.shared.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBodiesTest {

  @Test
  void readsAJsonObject() {
    assertThat(RequestBodies.objectOf(withBody("{\"a\": 1}")).get("a").asInt()).isEqualTo(1);
  }

  @Test
  void readsABase64EncodedBody() {
    APIGatewayV2HTTPEvent event = withBase64Body("{\"a\": \"é\"}".getBytes(StandardCharsets.UTF_8));

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
  void refusesABodyOfWhiteSpaceOnly() {
    assertMalformed(withBody("  \n "), "the request body must be a JSON object");
  }

  @Test
  void namesWhereInvalidJsonBreaks() {
    assertMalformed(
        withBody("{\n  \"a\": tru\n}"), "the request body is not valid JSON (line 2, column 11)");
  }

  @Test
  void refusesAnythingAfterTheObject() {
    assertThatThrownBy(() -> RequestBodies.objectOf(withBody("{\"a\": 1} {\"a\": 2}")))
        .isInstanceOf(MalformedRequest.class)
        .hasMessageStartingWith("the request body is not valid JSON");
  }

  @Test
  void answersABodyNestedDeeperThanTheReaderAllowsWith400NamingTheLimit() throws Exception {
    APIGatewayV2HTTPEvent event = withBody("[".repeat(1_001) + "]".repeat(1_001));

    APIGatewayV2HTTPResponse response = served(event);

    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("detail").asText())
        .isEqualTo(
            "the request body exceeds a limit of the JSON reader: "
                + "document nesting depth (33) exceeds the maximum allowed (32)");
  }

  @Test
  void refusesAnObjectNestedOneLevelDeeperThanTheLimit() {
    String deepest = "{\"a\":".repeat(StrictJson.MAX_NESTING_DEPTH) + "1" + "}".repeat(32);
    String tooDeep = "{\"a\":".repeat(StrictJson.MAX_NESTING_DEPTH + 1) + "1" + "}".repeat(33);

    assertThat(RequestBodies.objectOf(withBody(deepest)).has("a")).isTrue();
    assertThatThrownBy(() -> RequestBodies.objectOf(withBody(tooDeep)))
        .isInstanceOf(MalformedRequest.class)
        .hasMessageContaining("nesting depth (33)");
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

  @Test
  void refusesAStringLongerThanTheReaderAllowsNamingTheLimit() {
    String text = "x".repeat(StrictJson.MAX_STRING_LENGTH + 1);

    assertThatThrownBy(() -> RequestBodies.objectOf(withBody("{\"name\": \"" + text + "\"}")))
        .isInstanceOf(MalformedRequest.class)
        .hasMessageStartingWith(
            "the request body exceeds a limit of the JSON reader: string value length");
  }

  @Test
  void refusesAMemberNameLongerThanTheReaderAllowsNamingTheLimit() {
    String name = "n".repeat(StrictJson.MAX_NAME_LENGTH + 1);

    assertThatThrownBy(() -> RequestBodies.objectOf(withBody("{\"" + name + "\": 1}")))
        .isInstanceOf(MalformedRequest.class)
        .hasMessageStartingWith("the request body exceeds a limit of the JSON reader: name length");
  }

  @Test
  void refusesAMemberGivenTwiceNamingItsPointer() {
    MalformedRequest twice =
        catchThrowableOfType(
            MalformedRequest.class,
            () ->
                RequestBodies.objectOf(
                    withBody(
                        "{\"initial_balance\": \"100.00\", \"initial_balance\": \"999999999.00\"}")));

    assertThat(twice.category()).isEqualTo(Category.MALFORMED_REQUEST);
    assertThat(twice.fieldErrors())
        .containsExactly(new FieldError("/initial_balance", "is given more than once"));
  }

  @Test
  void refusesAMemberGivenTwiceDeepInsideTheBody() {
    MalformedRequest twice =
        catchThrowableOfType(
            MalformedRequest.class,
            () ->
                RequestBodies.objectOf(
                    withBody(
                        "{\"credit_transfers\": [{\"amount\": \"1\"}, "
                            + "{\"amount\": \"1\", \"amount\": \"2\"}]}")));

    assertThat(twice.fieldErrors())
        .containsExactly(new FieldError("/credit_transfers/1/amount", "is given more than once"));
  }

  @Test
  void readsTheSameNameInTwoObjectsAsTwoMembers() {
    JsonNode body = RequestBodies.objectOf(withBody("{\"a\": {\"x\": 1}, \"b\": {\"x\": 2}}"));

    assertThat(body.at("/b/x").asInt()).isEqualTo(2);
  }

  @Test
  void refusesInvalidUtf8InsteadOfReplacingIt() {
    byte[] latin1 = "{\"organization_name\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

    assertMalformed(withBase64Body(latin1), "the request body is not valid UTF-8");
  }

  @Test
  void refusesAnOverlongUtf8Encoding() {
    // 0xC0 0xAF is an overlong '/', a classic way around path checks.
    byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};

    assertMalformed(withBase64Body(overlong), "the request body is not valid UTF-8");
  }

  @Test
  void refusesATextBodyHoldingALoneSurrogate() {
    assertMalformed(withBody("{\"a\": \"\uD800\"}"), "the request body is not valid UTF-8");
  }

  @Test
  void refusesABodyThatIsNotBase64ThoughMarkedSo() {
    APIGatewayV2HTTPEvent event = withBody("{not base64}");
    event.setIsBase64Encoded(true);

    assertMalformed(event, "the request body is not valid base64");
  }

  @Test
  void acceptsABodyOfExactlyTheLimitAndRefusesOneByteMore() {
    String atLimit = "{\"a\":\"" + "x".repeat(94) + "\"}";
    assertThat(atLimit).hasSize(102);

    assertThat(RequestBodies.objectOf(withBody(atLimit), 102).get("a").asText()).hasSize(94);
    PayloadTooLarge tooLarge =
        catchThrowableOfType(
            PayloadTooLarge.class, () -> RequestBodies.objectOf(withBody(atLimit), 101));
    assertThat(tooLarge.category()).isEqualTo(Category.PAYLOAD_TOO_LARGE);
    assertThat(tooLarge.facts()).containsEntry("max_bytes", 101);
  }

  @Test
  void countsTheLimitInUtf8BytesNotCharacters() {
    // 50 characters, 92 bytes.
    String body = "{\"a\":\"" + "é".repeat(42) + "\"}";

    assertThatThrownBy(() -> RequestBodies.objectOf(withBody(body), 60))
        .isInstanceOf(PayloadTooLarge.class);
  }

  @Test
  void countsTheLimitOfABase64BodyInDecodedBytes() {
    byte[] json = ("{\"a\":\"" + "x".repeat(94) + "\"}").getBytes(StandardCharsets.UTF_8);

    assertThat(RequestBodies.objectOf(withBase64Body(json), 102).has("a")).isTrue();
    assertThatThrownBy(() -> RequestBodies.objectOf(withBase64Body(json), 101))
        .isInstanceOf(PayloadTooLarge.class);
  }

  @Test
  void refusesTenMebibytesWith413() throws Exception {
    APIGatewayV2HTTPEvent event = withBody("{\"a\":\"" + "x".repeat(10 << 20) + "\"}");

    APIGatewayV2HTTPResponse response = served(event);

    assertThat(response.getStatusCode()).isEqualTo(413);
    JsonNode problem = Json.MAPPER.readTree(response.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:payload-too-large");
    assertThat(problem.get("max_bytes").asInt()).isEqualTo(RequestBodies.DEFAULT_MAX_BYTES);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=utf-8",
        "Application/JSON;charset=\"UTF-8\"",
        "application/merge-patch+json",
        "application/vnd.finflow.bulk+json; charset=utf-8"
      })
  void acceptsJsonMediaTypes(String contentType) {
    assertThat(RequestBodies.objectOf(withContentType(contentType)).has("a")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=iso-8859-1",
        "application/json; charset=utf-16",
        "application/json; boundary=x",
        "application/jsonx",
        "application/+json",
        "json",
        " "
      })
  void refusesOtherMediaTypesWith415(String contentType) {
    UnsupportedMediaType refused =
        catchThrowableOfType(
            UnsupportedMediaType.class, () -> RequestBodies.objectOf(withContentType(contentType)));

    assertThat(refused.category()).isEqualTo(Category.UNSUPPORTED_MEDIA_TYPE);
  }

  @Test
  void refusesABodyWithoutContentTypeWith415() throws Exception {
    APIGatewayV2HTTPEvent event = withBody("{\"a\": 1}");
    event.setHeaders(Map.of("accept", "application/json"));

    APIGatewayV2HTTPResponse response = served(event);

    assertThat(response.getStatusCode()).isEqualTo(415);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("type").asText())
        .isEqualTo("urn:finflow:problem:unsupported-media-type");
  }

  @Test
  void checksTheMediaTypeBeforeReadingTheBody() {
    APIGatewayV2HTTPEvent event = withContentType("text/plain");
    event.setBody("not json at all");

    assertThatThrownBy(() -> RequestBodies.objectOf(event))
        .isInstanceOf(UnsupportedMediaType.class);
  }

  private static APIGatewayV2HTTPResponse served(APIGatewayV2HTTPEvent event) {
    return HttpEndpoint.serve(
        event,
        new TestContext("finflow-test"),
        request -> {
          RequestBodies.objectOf(request);
          return HttpResult.json(200, Map.of());
        });
  }

  private static void assertMalformed(APIGatewayV2HTTPEvent event, String detail) {
    assertThatThrownBy(() -> RequestBodies.objectOf(event))
        .isInstanceOfSatisfying(
            MalformedRequest.class,
            malformed -> assertThat(malformed.category()).isEqualTo(Category.MALFORMED_REQUEST))
        .hasMessage(detail);
  }

  private static APIGatewayV2HTTPEvent withContentType(String contentType) {
    APIGatewayV2HTTPEvent event = withBody("{\"a\": 1}");
    Map<String, String> headers = new HashMap<>(event.getHeaders());
    headers.keySet().removeIf(name -> name.equalsIgnoreCase("content-type"));
    headers.put("Content-Type", contentType);
    event.setHeaders(headers);
    return event;
  }

  private static APIGatewayV2HTTPEvent withBase64Body(byte[] bytes) {
    APIGatewayV2HTTPEvent event = withBody(Base64.getEncoder().encodeToString(bytes));
    event.setIsBase64Encoded(true);
    return event;
  }

  private static APIGatewayV2HTTPEvent withBody(String body) {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("identity/register.json");
    event.setBody(body);
    return event;
  }
}
