package com.finflow.shared.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.finflow.shared.failure.FieldError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The JSON reader of request bodies, stricter than the API's mapper: a member given twice is
 * refused (two parsers could read such a body two ways), so is anything after the value, and the
 * reader's limits are set for the payloads this API takes rather than left at Jackson's defaults.
 * Every refusal is a {@link MalformedRequest}.
 */
final class StrictJson {

  /** The deepest a body nests; the deepest request, a bulk, nests three levels. */
  static final int MAX_NESTING_DEPTH = 32;

  /**
   * The longest number, in characters; amounts are strings, so no valid request holds a long one.
   */
  static final int MAX_NUMBER_LENGTH = 100;

  /** The longest string value, in characters; the longest field, a webhook URL, takes 2,048. */
  static final int MAX_STRING_LENGTH = 16_384;

  /** The longest member name, in characters. */
  static final int MAX_NAME_LENGTH = 256;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING_DEPTH)
                          .maxNumberLength(MAX_NUMBER_LENGTH)
                          .maxStringLength(MAX_STRING_LENGTH)
                          .maxNameLength(MAX_NAME_LENGTH)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();
  // Jackson reports a duplicate only through its message.
  private static final String DUPLICATE = "Duplicate field '";

  private StrictJson() {}

  /** The JSON object the text holds. */
  static JsonNode objectOf(String text) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonNode node = read(parser);
      if (node == null || !node.isObject()) {
        throw new MalformedRequest("the request body must be a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(JsonParser parser) throws IOException {
    try {
      return MAPPER.readTree(parser);
    } catch (StreamConstraintsException e) {
      throw new MalformedRequest(
          "the request body exceeds a limit of the JSON reader: " + limitOf(e));
    } catch (JsonProcessingException e) {
      String name = parser.getParsingContext().getCurrentName();
      if (name != null && e.getOriginalMessage().startsWith(DUPLICATE)) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        throw new MalformedRequest(
            "the request body holds the member " + pointer + " more than once",
            new FieldError(pointer, "is given more than once"));
      }
      throw new MalformedRequest("the request body is not valid JSON" + whereIn(e.getLocation()));
    }
  }

  // Such as "document nesting depth (33) exceeds the maximum allowed (32)", without the Jackson
  // method name.
  private static String limitOf(StreamConstraintsException e) {
    String limit = e.getOriginalMessage().replaceAll(", from `[^`]*`", "");
    return limit.isEmpty()
        ? limit
        : limit.substring(0, 1).toLowerCase(Locale.ROOT) + limit.substring(1);
  }

  private static String whereIn(JsonLocation location) {
    return location == null || location.getLineNr() < 0
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
