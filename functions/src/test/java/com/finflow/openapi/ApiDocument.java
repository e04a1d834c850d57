package com.finflow.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The API document as tests read it: request schemas, their examples, patterns and members. */
public final class ApiDocument {

  private static final JsonNode DOCUMENT = load();

  private ApiDocument() {}

  public static JsonNode root() {
    return DOCUMENT;
  }

  /** The schema {@code #/components/schemas/<name>}. */
  public static JsonNode schema(String name) {
    JsonNode schema = DOCUMENT.at("/components/schemas/" + name);
    if (schema.isMissingNode()) {
      throw new IllegalArgumentException("the document has no schema " + name);
    }
    return schema;
  }

  /** The schema's first example, as a fresh copy a test may change. */
  public static ObjectNode example(String name) {
    JsonNode examples = schema(name).path("examples");
    if (!examples.isArray() || examples.isEmpty()) {
      throw new IllegalArgumentException("the schema " + name + " has no example");
    }
    return (ObjectNode) examples.get(0).deepCopy();
  }

  /** The names of the schema's properties, in document order. */
  public static List<String> properties(String name) {
    List<String> names = new ArrayList<>();
    schema(name).path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The schema's required members. */
  public static List<String> required(String name) {
    List<String> names = new ArrayList<>();
    schema(name).path("required").forEach(member -> names.add(member.asText()));
    return names;
  }

  /** The pattern of a property of a schema, following a {@code $ref}; empty when it has none. */
  public static Optional<String> pattern(String schema, String property) {
    return text(resolved(schema(schema).path("properties").path(property)).path("pattern"));
  }

  /** The {@code maxLength} of a property of a schema, following a {@code $ref}. */
  public static int maxLength(String schema, String property) {
    JsonNode length = resolved(schema(schema).path("properties").path(property)).path("maxLength");
    if (!length.isInt()) {
      throw new IllegalArgumentException(schema + "." + property + " has no maxLength");
    }
    return length.asInt();
  }

  /** A node, or what its {@code $ref} points to. */
  public static JsonNode resolved(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = DOCUMENT.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }

  private static JsonNode load() {
    try (InputStream in = ApiDocument.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is not on the class path");
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
