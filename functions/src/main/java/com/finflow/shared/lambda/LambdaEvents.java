package com.finflow.shared.lambda;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Lambda's own events (HTTP API, SQS, schedules) read and their answers written with the project's
 * Jackson, already loaded and primed, so the runtime's shaded serializer is never loaded.
 *
 * <p>The event classes' property names are the wire names up to case ({@code Records}, {@code
 * eventSourceARN}), hence case-insensitive reading; absent fields are left out of answers, as the
 * runtime's serializer does.
 */
public final class LambdaEvents {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private LambdaEvents() {}

  public static <T> T read(InputStream input, TypeReference<T> type) throws IOException {
    return MAPPER.readValue(input, type);
  }

  /** An event read as a tree, for events whose classes must not be bound generically. */
  public static JsonNode readTree(InputStream input) throws IOException {
    return MAPPER.readTree(input);
  }

  public static void write(OutputStream output, Object answer) throws IOException {
    MAPPER.writeValue(output, answer);
  }
}
