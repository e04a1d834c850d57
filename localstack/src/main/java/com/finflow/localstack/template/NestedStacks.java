package com.finflow.localstack.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.LocalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inlines a cloud assembly's nested stacks ({@code AWS::CloudFormation::Stack} resources) into the
 * template that holds them, so that the local stack creates one flat set of resources.
 *
 * <p>CloudFormation passes values into a nested stack as parameters and out of it as outputs; once
 * inlined, a {@code Ref} to such a parameter becomes the expression the parent passed, and a {@code
 * Fn::GetAtt} of a nested stack's {@code Outputs.X} becomes that output's value, so that every
 * reference points at a resource again, as in a template without nested stacks.
 */
final class NestedStacks {

  static final String STACK_TYPE = "AWS::CloudFormation::Stack";

  /**
   * CDK's usage report. The CLI's synth gives every stack one, under the same logical id and with
   * the same condition; it creates nothing, so a nested stack's is dropped.
   */
  private static final String CDK_METADATA_TYPE = "AWS::CDK::Metadata";

  private static final String OUTPUTS_PREFIX = "Outputs.";
  // The template's S3 object key in TemplateURL is the asset's hash.
  private static final Pattern ASSET_KEY = Pattern.compile("([0-9a-f]{64})\\.json$");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Path assembly;
  private final JsonNode assets;

  private NestedStacks(Path assembly, JsonNode assets) {
    this.assembly = assembly;
    this.assets = assets;
  }

  /**
   * {@code root} with every nested stack, at any depth, inlined; {@code templateFile} locates the
   * assets manifest CDK writes beside it ({@code X.template.json} beside {@code X.assets.json}).
   */
  static ObjectNode inline(ObjectNode root, Path templateFile) {
    if (!hasNestedStacks(root)) {
      return root;
    }
    String name = templateFile.getFileName().toString();
    Path manifest =
        templateFile.resolveSibling(
            name.replaceFirst("(\\.nested)?\\.template\\.json$", "") + ".assets.json");
    return new NestedStacks(templateFile.toAbsolutePath().getParent(), read(manifest)).inline(root);
  }

  private static boolean hasNestedStacks(JsonNode template) {
    for (JsonNode resource : template.path("Resources")) {
      if (STACK_TYPE.equals(resource.path("Type").asText())) {
        return true;
      }
    }
    return false;
  }

  private ObjectNode inline(ObjectNode template) {
    ObjectNode resources = (ObjectNode) template.get("Resources");
    Map<String, JsonNode> outputsByStack = new HashMap<>();
    Map<String, List<String>> membersByStack = new HashMap<>();
    for (String stackId : nestedStackIds(resources)) {
      JsonNode stackResource = resources.remove(stackId);
      ObjectNode nested = inline(read(templateOf(stackId, stackResource)));
      JsonNode passed = stackResource.path("Properties").path("Parameters");
      ObjectNode substituted =
          (ObjectNode) withParameters(nested, nested.path("Parameters"), passed, stackId);
      List<String> members = new ArrayList<>();
      substituted
          .path("Resources")
          .properties()
          .forEach(
              entry -> {
                if (CDK_METADATA_TYPE.equals(entry.getValue().path("Type").asText())) {
                  return;
                }
                if (resources.has(entry.getKey())) {
                  throw new IllegalStateException(
                      "nested stack " + stackId + " repeats the logical id " + entry.getKey());
                }
                resources.set(entry.getKey(), entry.getValue());
                members.add(entry.getKey());
              });
      mergeSection(template, substituted, "Conditions", stackId);
      mergeSection(template, substituted, "Mappings", stackId);
      outputsByStack.put(stackId, substituted.path("Outputs"));
      membersByStack.put(stackId, members);
    }
    ObjectNode flat = (ObjectNode) withOutputs(template, outputsByStack);
    flat.path("Resources")
        .forEach(resource -> dependOnMembers((ObjectNode) resource, membersByStack));
    return flat;
  }

  private static List<String> nestedStackIds(ObjectNode resources) {
    List<String> ids = new ArrayList<>();
    resources
        .properties()
        .forEach(
            entry -> {
              if (STACK_TYPE.equals(entry.getValue().path("Type").asText())) {
                ids.add(entry.getKey());
              }
            });
    return ids;
  }

  private Path templateOf(String stackId, JsonNode stackResource) {
    Matcher key = ASSET_KEY.matcher(lastText(stackResource.path("Properties").path("TemplateURL")));
    if (!key.find()) {
      throw new IllegalStateException(
          "nested stack " + stackId + " has no TemplateURL naming an asset of the assembly");
    }
    JsonNode path = assets.path("files").path(key.group(1)).path("source").path("path");
    if (!path.isTextual()) {
      throw new IllegalStateException(
          "nested stack " + stackId + ": asset " + key.group(1) + " is not in the manifest");
    }
    return assembly.resolve(path.asText());
  }

  /** The last string inside {@code node}: the object key that ends a TemplateURL's Fn::Join. */
  private static String lastText(JsonNode node) {
    if (node.isTextual()) {
      return node.asText();
    }
    String last = "";
    for (JsonNode child : node) {
      String text = lastText(child);
      if (!text.isEmpty()) {
        last = text;
      }
    }
    return last;
  }

  private static JsonNode withParameters(
      JsonNode node, JsonNode declared, JsonNode passed, String stackId) {
    if (node.isObject() && node.size() == 1 && node.has("Ref")) {
      String name = node.get("Ref").asText();
      if (declared.has(name)) {
        if (passed.has(name)) {
          return passed.get(name).deepCopy();
        }
        if (declared.get(name).has("Default")) {
          return declared.get(name).get("Default").deepCopy();
        }
        throw new IllegalStateException(
            "nested stack " + stackId + " gets no value for its parameter " + name);
      }
    }
    if (node.isObject() && node.size() == 1 && node.has("Fn::Sub")) {
      JsonNode sub = node.get("Fn::Sub");
      Matcher variable =
          Intrinsics.SUB_VARIABLE.matcher(sub.isArray() ? sub.get(0).asText() : sub.asText());
      while (variable.find()) {
        if (declared.has(variable.group(1))) {
          throw new IllegalStateException(
              "nested stack "
                  + stackId
                  + " uses its parameter "
                  + variable.group(1)
                  + " in a Fn::Sub, which inlining does not support");
        }
      }
    }
    return map(node, child -> withParameters(child, declared, passed, stackId));
  }

  private static JsonNode withOutputs(JsonNode node, Map<String, JsonNode> outputsByStack) {
    if (node.isObject() && node.size() == 1 && node.has("Fn::GetAtt")) {
      JsonNode target = node.get("Fn::GetAtt");
      String[] parts =
          target.isArray()
              ? new String[] {target.get(0).asText(), target.get(1).asText()}
              : target.asText().split("\\.", 2);
      if (outputsByStack.containsKey(parts[0]) && parts[1].startsWith(OUTPUTS_PREFIX)) {
        String output = parts[1].substring(OUTPUTS_PREFIX.length());
        JsonNode value = outputsByStack.get(parts[0]).path(output).path("Value");
        if (value.isMissingNode()) {
          throw new IllegalStateException("nested stack " + parts[0] + " has no output " + output);
        }
        return withOutputs(value, outputsByStack);
      }
    }
    return map(node, child -> withOutputs(child, outputsByStack));
  }

  /** A DependsOn on a nested stack becomes one on each of its resources. */
  private static void dependOnMembers(ObjectNode resource, Map<String, List<String>> members) {
    JsonNode declared = resource.path("DependsOn");
    if (declared.isMissingNode()) {
      return;
    }
    ArrayNode dependsOn = JSON.arrayNode();
    (declared.isArray() ? declared : JSON.arrayNode().add(declared))
        .forEach(
            id -> members.getOrDefault(id.asText(), List.of(id.asText())).forEach(dependsOn::add));
    resource.set("DependsOn", dependsOn);
  }

  private static void mergeSection(
      ObjectNode template, JsonNode nested, String section, String stackId) {
    if (!nested.path(section).isObject()) {
      return;
    }
    if (!template.path(section).isObject()) {
      template.set(section, JSON.objectNode());
    }
    ObjectNode into = (ObjectNode) template.get(section);
    nested
        .get(section)
        .properties()
        .forEach(
            entry -> {
              // The same entry twice (the CLI's CDKMetadataAvailable in every stack) is one.
              if (into.has(entry.getKey()) && !into.get(entry.getKey()).equals(entry.getValue())) {
                throw new IllegalStateException(
                    "nested stack "
                        + stackId
                        + " repeats the "
                        + section
                        + " entry "
                        + entry.getKey());
              }
              into.set(entry.getKey(), entry.getValue());
            });
  }

  private static JsonNode map(JsonNode node, java.util.function.UnaryOperator<JsonNode> child) {
    if (node.isObject()) {
      ObjectNode copy = JSON.objectNode();
      node.properties().forEach(entry -> copy.set(entry.getKey(), child.apply(entry.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JSON.arrayNode();
      node.forEach(item -> copy.add(child.apply(item)));
      return copy;
    }
    return node;
  }

  private static ObjectNode read(Path file) {
    try {
      return (ObjectNode) LocalJson.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
