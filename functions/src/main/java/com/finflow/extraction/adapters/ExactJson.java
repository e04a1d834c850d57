package com.finflow.extraction.adapters;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Reads a provider's payloads as trees whose numbers keep the exact text they were sent with: a
 * fraction is a {@code BigDecimal} with its own scale ({@code 4000.0000} stays {@code 4000.0000},
 * never the binary double {@code 4000.0}), an integer of any length a {@code BigInteger}.
 */
final class ExactJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private ExactJson() {}

  static JsonNode read(String json) throws IOException {
    return MAPPER.readTree(json);
  }
}
