package com.finflow.localstack.openfinance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalJson;

/** JSON in and out of the provider. */
final class ProviderJson {

  private ProviderJson() {}

  /**
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  static JsonNode read(String text) {
    try {
      JsonNode node = LocalJson.MAPPER.readTree(text);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("the body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
    }
  }

  static String write(Object body) {
    try {
      return LocalJson.MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
