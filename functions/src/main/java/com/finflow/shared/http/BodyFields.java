package com.finflow.shared.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the fields of a JSON object and collects every problem, so that a caller learns all of them
 * from one response instead of one per attempt.
 *
 * <p>It also remembers which members each object's parser read, through this class, at every depth
 * (objects reached with {@link #nested}). {@link #throwIfInvalid} reports every member nobody read
 * as {@code "is not a known field"}: a misspelt {@code webhook_ulr} is refused instead of silently
 * ignored, and a parser gets this without doing anything but reading its fields through here.
 *
 * <p>Text lengths are counted in Unicode code points, as JSON Schema's {@code maxLength} counts
 * them.
 */
public final class BodyFields {

  /** The detail of a member that no parser read. */
  public static final String UNKNOWN_FIELD = "is not a known field";

  /**
   * Text holding at least one character that is not white space: what a required name or
   * description must be. Spelled out rather than {@code \S}, whose meaning differs between Java,
   * ECMAScript and Python regular expressions, so that the API document can publish this very
   * pattern.
   */
  public static final String NOT_BLANK_PATTERN =
      "[^\\u0009-\\u000D\\u001C-\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

  private static final Pattern NOT_BLANK = Pattern.compile(NOT_BLANK_PATTERN);

  private final JsonNode object;
  private final String pointerPrefix;
  private final Reading reading;

  public BodyFields(JsonNode object) {
    this(object, "", new Reading());
  }

  private BodyFields(JsonNode object, String pointerPrefix, Reading reading) {
    this.object = object;
    this.pointerPrefix = pointerPrefix;
    this.reading = reading;
    reading.visit(object, pointerPrefix);
  }

  /**
   * The fields of a nested object or array ({@code child}, found at {@code pointer}), reporting
   * into the same list of problems. A member of this object that is {@code child} itself counts as
   * read.
   */
  public BodyFields nested(JsonNode child, String pointer) {
    object.properties().stream()
        .filter(member -> member.getValue() == child)
        .forEach(member -> reading.read(object, member.getKey()));
    return new BodyFields(child, pointer, reading);
  }

  /** The member {@code name} whatever its type; empty when it is absent or {@code null}. */
  public Optional<JsonNode> member(String name) {
    reading.read(object, name);
    JsonNode value = object.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  /**
   * A required string of 1 to {@code maxLength} characters, or an empty string after recording why
   * not.
   */
  public String text(String name, int maxLength) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      reading.read(object, name);
      reject(name, "is required");
      return "";
    }
    return optionalText(name, maxLength).orElse("");
  }

  /**
   * An optional string of 1 to {@code maxLength} characters: empty when the member is absent, or
   * after recording why it is refused. A {@code null} is refused: leaving the member out is how a
   * caller says "none".
   */
  public Optional<String> optionalText(String name, int maxLength) {
    reading.read(object, name);
    JsonNode value = object.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      reject(
          name,
          value.isNull()
              ? "must be a string; leave the field out instead of null"
              : "must be a string");
      return Optional.empty();
    }
    String text = value.asText();
    if (!isWellFormed(text)) {
      reject(name, "must be valid Unicode text");
      return Optional.empty();
    }
    if (!NOT_BLANK.matcher(text).find()) {
      reject(name, "must not be blank");
      return Optional.empty();
    }
    if (text.codePointCount(0, text.length()) > maxLength) {
      reject(name, "must be at most " + maxLength + " characters");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /**
   * An optional {@code true} or {@code false}: empty when absent, or after recording why it is
   * refused.
   */
  public Optional<Boolean> optionalBoolean(String name) {
    reading.read(object, name);
    JsonNode value = object.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      reject(name, "must be true or false");
      return Optional.empty();
    }
    return Optional.of(value.booleanValue());
  }

  public void reject(String name, String detail) {
    reading.errors.add(new FieldError(pointerTo(name), detail));
  }

  public String pointerTo(String name) {
    return pointerPrefix + "/" + escaped(name);
  }

  /** True when no field was refused and every member was read. */
  public boolean valid() {
    return problems().isEmpty();
  }

  /** Throws one rejection naming every invalid field and every unknown one, if there is any. */
  public void throwIfInvalid() {
    List<FieldError> problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private List<FieldError> problems() {
    List<FieldError> problems = new ArrayList<>(reading.errors);
    for (Visit visit : reading.visits) {
      visit
          .node()
          .properties()
          .forEach(
              member -> {
                if (!visit.read().contains(member.getKey())) {
                  problems.add(
                      new FieldError(
                          visit.pointer() + "/" + escaped(member.getKey()), UNKNOWN_FIELD));
                }
              });
    }
    return problems;
  }

  /** RFC 6901 escaping of a reference token. */
  private static String escaped(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** False when the text holds a lone surrogate, which no UTF-8 byte sequence encodes. */
  private static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * What every {@code BodyFields} of one body shares: the problems so far and the members read per
   * object.
   */
  private static final class Reading {
    private final List<FieldError> errors = new ArrayList<>();
    private final List<Visit> visits = new ArrayList<>();
    // By identity: two equal objects at different places of a body are read separately.
    private final Map<JsonNode, Visit> visitOf = new IdentityHashMap<>();

    void visit(JsonNode node, String pointer) {
      if (node.isObject() && !visitOf.containsKey(node)) {
        Visit visit = new Visit(node, pointer, new LinkedHashSet<>());
        visits.add(visit);
        visitOf.put(node, visit);
      }
    }

    void read(JsonNode node, String name) {
      Visit visit = visitOf.get(node);
      if (visit != null) {
        visit.read().add(name);
      }
    }
  }

  /** An object of the body, where it is, and which of its members were read. */
  private record Visit(JsonNode node, String pointer, Set<String> read) {}
}
