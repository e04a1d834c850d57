package com.finflow.localstack.provision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * A template resource as it exists locally.
 *
 * @param properties the resolved properties, or the raw ones for types the local stack only
 *     declares
 * @param emulated false for types the local stack does not need (IAM, logs, alarms...): they only
 *     get made-up ids
 */
public record PhysicalResource(
    String logicalId,
    String type,
    String ref,
    Map<String, String> attributes,
    JsonNode properties,
    boolean emulated) {

  public PhysicalResource {
    attributes = Map.copyOf(attributes);
  }

  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }
}
