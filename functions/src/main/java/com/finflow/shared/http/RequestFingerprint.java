package com.finflow.shared.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.finflow.shared.Json;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request body's SHA-256, the same for the same JSON whatever the order of its members: what an
 * idempotency key is checked against.
 */
public final class RequestFingerprint {

  private RequestFingerprint() {}

  public static String of(JsonNode body) {
    try {
      Object canonical = Json.MAPPER.treeToValue(body, Object.class);
      byte[] bytes =
          Json.MAPPER
              .writer()
              .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
              .writeValueAsBytes(canonical);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint the request", e);
    }
  }
}
