package com.finflow.shared.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of a JSON object and collects every problem, so that a caller learns all of them
 * from one response instead of one per attempt.
 */
public final class BodyFields {

  private final JsonNode object;
  private final String pointerPrefix;
  private final List<FieldError> errors;

  public BodyFields(JsonNode object) {
    this(object, "", new ArrayList<>());
  }

  private BodyFields(JsonNode object, String pointerPrefix, List<FieldError> errors) {
    this.object = object;
    this.pointerPrefix = pointerPrefix;
    this.errors = errors;
  }

  /** The fields of a nested object, reporting into the same list of problems. */
  public BodyFields nested(JsonNode child, String pointer) {
    return new BodyFields(child, pointer, errors);
  }

  /**
   * A required string of 1 to {@code maxLength} characters, or an empty string after recording why
   * not.
   */
  public String text(String name, int maxLength) {
    return optionalText(name, maxLength)
        .orElseGet(
            () -> {
              if (object.get(name) == null || object.get(name).isNull()) {
                reject(name, "is required");
              }
              return "";
            });
  }

  public Optional<String> optionalText(String name, int maxLength) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      reject(name, "must be a string");
      return Optional.empty();
    }
    String text = value.asText();
    if (text.isBlank()) {
      reject(name, "must not be blank");
      return Optional.empty();
    }
    if (text.length() > maxLength) {
      reject(name, "must be at most " + maxLength + " characters");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  public void reject(String name, String detail) {
    errors.add(new FieldError(pointerTo(name), detail));
  }

  public String pointerTo(String name) {
    // RFC 6901 escaping of the reference token.
    return pointerPrefix + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  /** Throws one rejection naming every invalid field, if there is any. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
