package com.finflow.localstack.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** One entry of a template's Resources section, with its properties still unresolved. */
public record TemplateResource(
    String logicalId,
    String type,
    JsonNode properties,
    List<String> dependsOn,
    Optional<String> condition) {

  public TemplateResource {
    dependsOn = List.copyOf(dependsOn);
  }
}
