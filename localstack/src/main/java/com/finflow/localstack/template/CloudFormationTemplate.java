package com.finflow.localstack.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.LocalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A synthesized CloudFormation template, its nested stacks inlined: the single source of what the
 * local stack creates.
 */
public final class CloudFormationTemplate {

  private final Map<String, TemplateResource> resources;
  private final JsonNode parameters;
  private final JsonNode conditions;
  private final JsonNode mappings;

  private CloudFormationTemplate(JsonNode root) {
    this.parameters = root.path("Parameters");
    this.conditions = root.path("Conditions");
    this.mappings = root.path("Mappings");
    Map<String, TemplateResource> found = new LinkedHashMap<>();
    root.path("Resources")
        .properties()
        .forEach(
            entry -> {
              JsonNode node = entry.getValue();
              List<String> dependsOn = new ArrayList<>();
              JsonNode declared = node.path("DependsOn");
              if (declared.isTextual()) {
                dependsOn.add(declared.asText());
              } else {
                declared.forEach(item -> dependsOn.add(item.asText()));
              }
              found.put(
                  entry.getKey(),
                  new TemplateResource(
                      entry.getKey(),
                      node.path("Type").asText(),
                      node.has("Properties")
                          ? node.get("Properties")
                          : JsonNodeFactory.instance.objectNode(),
                      dependsOn,
                      Optional.ofNullable(node.get("Condition")).map(JsonNode::asText)));
            });
    this.resources = found;
  }

  public static CloudFormationTemplate load(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "template "
              + path.toAbsolutePath()
              + " does not exist; synthesize it first"
              + " (./mvnw -B -q -DskipTests package writes infra-cdk/cdk.out/Finflow.template.json) or pass --template PATH");
    }
    try {
      return new CloudFormationTemplate(
          NestedStacks.inline((ObjectNode) LocalJson.MAPPER.readTree(path.toFile()), path));
    } catch (IOException e) {
      throw new UncheckedIOException("template " + path + " is not valid JSON", e);
    }
  }

  public Map<String, TemplateResource> resources() {
    return resources;
  }

  public JsonNode parameters() {
    return parameters;
  }

  public JsonNode conditions() {
    return conditions;
  }

  public JsonNode mappings() {
    return mappings;
  }

  /** Every resource after everything it refers to, as CloudFormation would create them. */
  public List<TemplateResource> creationOrder() {
    Map<String, Set<String>> needs = new HashMap<>();
    for (TemplateResource resource : resources.values()) {
      Set<String> references = new HashSet<>(resource.dependsOn());
      collectReferences(resource.properties(), references);
      references.retainAll(resources.keySet());
      references.remove(resource.logicalId());
      needs.put(resource.logicalId(), references);
    }
    List<TemplateResource> ordered = new ArrayList<>();
    Set<String> done = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>(resources.keySet());
    int sinceProgress = 0;
    while (!pending.isEmpty()) {
      String next = pending.poll();
      if (done.containsAll(needs.get(next))) {
        ordered.add(resources.get(next));
        done.add(next);
        sinceProgress = 0;
      } else {
        pending.add(next);
        if (++sinceProgress > pending.size()) {
          throw new IllegalStateException("circular references between resources " + pending);
        }
      }
    }
    return ordered;
  }

  private static void collectReferences(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      if (node.size() == 1 && node.has("Ref")) {
        into.add(node.get("Ref").asText());
      } else if (node.size() == 1 && node.has("Fn::GetAtt")) {
        JsonNode target = node.get("Fn::GetAtt");
        into.add(target.isArray() ? target.get(0).asText() : target.asText().split("\\.")[0]);
      } else if (node.size() == 1 && node.has("Fn::Sub")) {
        JsonNode sub = node.get("Fn::Sub");
        String text = sub.isArray() ? sub.get(0).asText() : sub.asText();
        java.util.regex.Matcher matcher = Intrinsics.SUB_VARIABLE.matcher(text);
        while (matcher.find()) {
          into.add(matcher.group(1).split("\\.")[0]);
        }
      }
      for (Iterator<JsonNode> values = node.elements(); values.hasNext(); ) {
        collectReferences(values.next(), into);
      }
    } else if (node.isArray()) {
      node.forEach(item -> collectReferences(item, into));
    }
  }
}
