package com.finflow.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.BodyFields;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks a request parser against its schema in the API document: the document's example is
 * accepted, the required members are the ones the parser requires, every documented member is read
 * (a value of the wrong type is refused for what it is, not as unknown), and a member the document
 * does not list is refused as unknown.
 */
public final class RequestContract {

  private static final String UNDOCUMENTED = "not_in_the_document";

  private final String schema;
  private final Consumer<JsonNode> parser;

  private RequestContract(String schema, Consumer<JsonNode> parser) {
    this.schema = schema;
    this.parser = parser;
  }

  /** The contract of {@code #/components/schemas/<schema>}, checked against {@code parser}. */
  public static RequestContract of(String schema, Consumer<JsonNode> parser) {
    return new RequestContract(schema, parser);
  }

  public void acceptsTheExample() {
    ObjectNode example = ApiDocument.example(schema);
    assertThatCode(() -> parser.accept(example)).as(schema + " example").doesNotThrowAnyException();
  }

  public void requiresExactlyTheRequiredMembers() {
    List<FieldError> errors = errorsOf(JsonNodeFactory.instance.objectNode());
    assertThat(errors)
        .as(schema + " parsed from {}")
        .filteredOn(error -> error.detail().equals("is required"))
        .extracting(FieldError::pointer)
        .containsExactlyInAnyOrderElementsOf(
            ApiDocument.required(schema).stream().map(name -> "/" + name).toList());
  }

  /** Every documented member is read: a value of the wrong type is refused, not called unknown. */
  public void readsEveryDocumentedMember() {
    readsEveryDocumentedMemberOf(schema, "");
  }

  /**
   * As above for the items of an array member whose items are {@code itemSchema}, by changing the
   * first item of the example.
   */
  public void readsEveryDocumentedMemberOfItems(String arrayMember, String itemSchema) {
    readsEveryDocumentedMemberOf(itemSchema, "/" + arrayMember + "/0");
  }

  public void refusesAnUndocumentedMember() {
    refusesAnUndocumentedMemberAt("");
  }

  public void refusesAnUndocumentedMemberOfItems(String arrayMember) {
    refusesAnUndocumentedMemberAt("/" + arrayMember + "/0");
  }

  private void readsEveryDocumentedMemberOf(String objectSchema, String at) {
    for (String member : ApiDocument.properties(objectSchema)) {
      ObjectNode body = ApiDocument.example(schema);
      ObjectNode target = (ObjectNode) body.at(at);
      JsonNode property =
          ApiDocument.resolved(ApiDocument.schema(objectSchema).path("properties").path(member));
      // A value of another JSON type than the member's.
      target.set(
          member,
          "array".equals(property.path("type").asText())
              ? JsonNodeFactory.instance.objectNode()
              : JsonNodeFactory.instance.arrayNode());
      String pointer = at + "/" + member;
      assertThat(errorsOf(body))
          .as(objectSchema + " member " + pointer + " given the wrong type")
          .anySatisfy(error -> assertThat(error.pointer()).isEqualTo(pointer))
          .noneSatisfy(
              error -> {
                assertThat(error.pointer()).isEqualTo(pointer);
                assertThat(error.detail()).isEqualTo(BodyFields.UNKNOWN_FIELD);
              });
    }
  }

  private void refusesAnUndocumentedMemberAt(String at) {
    ObjectNode body = ApiDocument.example(schema);
    ((ObjectNode) body.at(at)).put(UNDOCUMENTED, "x");
    assertThat(errorsOf(body))
        .as(schema + " with an undocumented member at " + at)
        .containsExactly(new FieldError(at + "/" + UNDOCUMENTED, BodyFields.UNKNOWN_FIELD));
  }

  private List<FieldError> errorsOf(JsonNode body) {
    InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> parser.accept(body));
    assertThat(invalid).as(schema + " refuses " + body).isNotNull();
    return invalid.fieldErrors();
  }
}
