package com.finflow.shared.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyFieldsTest {

  @Test
  void refusesAMemberNobodyReadNamingItByPointer() {
    BodyFields fields = new BodyFields(json("{\"webhook_url\": \"x\", \"webhook_ulr\": \"y\"}"));
    fields.optionalText("webhook_url", 100);

    assertThat(problemsOf(fields))
        .containsExactly(new FieldError("/webhook_ulr", BodyFields.UNKNOWN_FIELD));
  }

  @Test
  void acceptsABodyWhoseEveryMemberWasRead() {
    BodyFields fields = new BodyFields(json("{\"a\": \"x\", \"b\": true}"));
    fields.text("a", 10);
    fields.optionalBoolean("b");

    assertThat(fields.valid()).isTrue();
    assertThatCode(fields::throwIfInvalid).doesNotThrowAnyException();
  }

  @Test
  void refusesUnknownMembersAtEveryDepthWithTheOtherProblems() {
    JsonNode body =
        json(
            "{\"name\": \"\", \"unexpected_key\": 1, \"items\": ["
                + "{\"amount\": \"1\"}, {\"amount\": \"2\", \"extra\": {\"deeper\": 1}}]}");
    BodyFields fields = new BodyFields(body);
    fields.text("name", 10);
    JsonNode items = fields.member("items").orElseThrow();
    BodyFields list = fields.nested(items, fields.pointerTo("items"));
    for (int index = 0; index < items.size(); index++) {
      BodyFields item = list.nested(items.get(index), list.pointerTo(String.valueOf(index)));
      item.text("amount", 10);
    }

    assertThat(problemsOf(fields))
        .containsExactly(
            new FieldError("/name", "must not be blank"),
            new FieldError("/unexpected_key", BodyFields.UNKNOWN_FIELD),
            new FieldError("/items/1/extra", BodyFields.UNKNOWN_FIELD));
  }

  @Test
  void countsANestedObjectAsReadWhenItsParserReadsIt() {
    JsonNode body = json("{\"owner\": {\"name\": \"Ada\"}}");
    BodyFields fields = new BodyFields(body);
    fields.nested(body.get("owner"), fields.pointerTo("owner")).text("name", 10);

    assertThat(fields.valid()).isTrue();
  }

  @Test
  void reportsTheMembersOfANestedObjectNobodyReadUnderItsPointer() {
    JsonNode body = json("{\"owner\": {\"name\": \"Ada\", \"nmae\": \"Ada\"}}");
    BodyFields fields = new BodyFields(body);
    fields.nested(body.get("owner"), fields.pointerTo("owner")).text("name", 10);

    assertThat(problemsOf(fields))
        .containsExactly(new FieldError("/owner/nmae", BodyFields.UNKNOWN_FIELD));
  }

  @Test
  void escapesAnUnknownMemberNameInItsPointer() {
    BodyFields fields = new BodyFields(json("{\"a/b~c\": 1}"));

    assertThat(problemsOf(fields))
        .containsExactly(new FieldError("/a~1b~0c", BodyFields.UNKNOWN_FIELD));
  }

  @Test
  void readingTheSameObjectThroughTwoViewsCountsTheReadsOfBoth() {
    JsonNode body = json("{\"a\": \"x\", \"b\": \"y\"}");
    BodyFields fields = new BodyFields(body);
    fields.text("a", 10);
    fields.nested(body, "/elsewhere").text("b", 10);

    assertThat(fields.valid()).isTrue();
  }

  @Test
  void countsLengthsInCodePointsAsJsonSchemaDoes() {
    String emoji = "\uD83D\uDCB6".repeat(10);
    BodyFields fields = new BodyFields(json("{\"name\": \"" + emoji + "\"}"));

    assertThat(fields.text("name", 10)).isEqualTo(emoji);
    assertThat(fields.valid()).isTrue();
    BodyFields shorter = new BodyFields(json("{\"name\": \"" + emoji + "\"}"));
    shorter.text("name", 9);
    assertThat(problemsOf(shorter))
        .containsExactly(new FieldError("/name", "must be at most 9 characters"));
  }

  @Test
  void refusesTextOfWhiteSpaceOnlyIncludingNonBreakingSpaces() {
    BodyFields fields = new BodyFields(json("{\"a\": \" \\u00a0\\t\\u3000\", \"b\": \" x \"}"));
    fields.text("a", 10);

    assertThat(fields.text("b", 10)).isEqualTo(" x ");
    assertThat(problemsOf(fields)).containsExactly(new FieldError("/a", "must not be blank"));
  }

  @Test
  void refusesTextHoldingALoneSurrogate() {
    BodyFields fields = new BodyFields(json("{\"a\": \"x\\ud800y\"}"));
    fields.text("a", 10);

    assertThat(problemsOf(fields))
        .containsExactly(new FieldError("/a", "must be valid Unicode text"));
  }

  @Test
  void refusesNullForAnOptionalMemberAndCallsAMissingRequiredOneRequired() {
    BodyFields fields = new BodyFields(json("{\"webhook_url\": null, \"name\": null}"));

    assertThat(fields.optionalText("webhook_url", 10)).isEmpty();
    assertThat(fields.text("name", 10)).isEmpty();
    assertThat(fields.text("missing", 10)).isEmpty();
    assertThat(problemsOf(fields))
        .containsExactly(
            new FieldError("/webhook_url", "must be a string; leave the field out instead of null"),
            new FieldError("/name", "is required"),
            new FieldError("/missing", "is required"));
  }

  @Test
  void readsBooleansAndRefusesAnythingElse() {
    BodyFields fields = new BodyFields(json("{\"a\": true, \"b\": \"true\", \"c\": null}"));

    assertThat(fields.optionalBoolean("a")).contains(true);
    assertThat(fields.optionalBoolean("b")).isEmpty();
    assertThat(fields.optionalBoolean("c")).isEmpty();
    assertThat(fields.optionalBoolean("d")).isEmpty();
    assertThat(problemsOf(fields))
        .containsExactly(
            new FieldError("/b", "must be true or false"),
            new FieldError("/c", "must be true or false"));
  }

  @Test
  void givesAMemberOfAnyTypeAndCountsItRead() {
    BodyFields fields = new BodyFields(json("{\"list\": [1], \"none\": null}"));

    Optional<JsonNode> list = fields.member("list");
    assertThat(list).map(JsonNode::size).contains(1);
    assertThat(fields.member("none")).isEmpty();
    assertThat(fields.valid()).isTrue();
  }

  @Test
  void refusesANonStringWhereTextIsExpected() {
    BodyFields fields = new BodyFields(json("{\"a\": 1, \"b\": {\"c\": 1}}"));
    fields.text("a", 10);
    fields.text("b", 10);

    assertThat(problemsOf(fields))
        .containsExactly(
            new FieldError("/a", "must be a string"), new FieldError("/b", "must be a string"));
  }

  private static java.util.List<FieldError> problemsOf(BodyFields fields) {
    InvalidInput invalid = catchThrowableOfType(InvalidInput.class, fields::throwIfInvalid);
    assertThat(invalid).as("an InvalidInput").isNotNull();
    return invalid.fieldErrors();
  }

  private static JsonNode json(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
