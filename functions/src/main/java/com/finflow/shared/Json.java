package com.finflow.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.finflow.shared.lambda.Priming;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one JSON mapper of the HTTP API: snake_case, ISO-8601 instants, decimals never as binary
 * floats.
 */
public final class Json {

  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .addModule(new JavaTimeModule())
          .addModule(new Jdk8Module())
          // An absent optional is left out rather than written as null.
          .serializationInclusion(JsonInclude.Include.NON_ABSENT)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  static {
    Priming.add("Json", Json::roundTrip);
  }

  /** The kinds of value Finflow's bodies and messages carry, for priming the mapper's codecs. */
  record Sample(
      Instant at,
      LocalDate on,
      BigDecimal amount,
      Optional<String> note,
      List<String> tags,
      Map<String, Long> counts) {}

  private Json() {}

  private static void roundTrip() {
    Sample sample =
        new Sample(
            Instant.EPOCH,
            LocalDate.EPOCH,
            new BigDecimal("0.01"),
            Optional.of("priming"),
            List.of("a"),
            Map.of("b", 1L));
    try {
      MAPPER.readValue(write(sample), Sample.class);
      MAPPER.readTree(write(sample));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
