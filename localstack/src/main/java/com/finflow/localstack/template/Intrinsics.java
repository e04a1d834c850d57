package com.finflow.localstack.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.finflow.emulators.AwsAccount;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves CloudFormation intrinsic functions against what has been created so far. */
public final class Intrinsics {

  static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final CloudFormationTemplate template;
  private final ResourceValues values;
  private final String stackName;

  public Intrinsics(CloudFormationTemplate template, ResourceValues values, String stackName) {
    this.template = template;
    this.values = values;
    this.stackName = stackName;
  }

  /**
   * Returns the node with every intrinsic replaced by its value; AWS::NoValue removes the enclosing
   * entry.
   */
  public JsonNode resolve(JsonNode node) {
    if (node.isObject() && node.size() == 1) {
      String name = node.fieldNames().next();
      if (name.equals("Ref") || name.startsWith("Fn::") || name.equals("Condition")) {
        return function(name, node.get(name));
      }
    }
    if (node.isObject()) {
      ObjectNode resolved = JSON.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = resolve(field.getValue());
        if (!value.isMissingNode()) {
          resolved.set(field.getKey(), value);
        }
      }
      return resolved;
    }
    if (node.isArray()) {
      ArrayNode resolved = JSON.arrayNode();
      node.forEach(
          item -> {
            JsonNode value = resolve(item);
            if (!value.isMissingNode()) {
              resolved.add(value);
            }
          });
      return resolved;
    }
    return node;
  }

  public String resolveText(JsonNode node) {
    JsonNode value = resolve(node);
    return value.isValueNode() ? value.asText() : value.toString();
  }

  public boolean condition(String name) {
    JsonNode definition = template.conditions().path(name);
    if (definition.isMissingNode()) {
      throw new IllegalStateException("condition " + name + " is not defined in the template");
    }
    return resolve(definition).asBoolean();
  }

  private JsonNode function(String name, JsonNode argument) {
    return switch (name) {
      case "Ref" -> ref(argument.asText());
      case "Fn::GetAtt" -> {
        String logicalId =
            argument.isArray() ? argument.get(0).asText() : argument.asText().split("\\.", 2)[0];
        String attribute =
            argument.isArray()
                ? resolveText(argument.get(1))
                : argument.asText().split("\\.", 2)[1];
        yield TextNode.valueOf(attribute(logicalId, attribute));
      }
      case "Fn::Join" -> {
        StringBuilder joined = new StringBuilder();
        String delimiter = argument.get(0).asText();
        JsonNode parts = resolve(argument.get(1));
        for (int i = 0; i < parts.size(); i++) {
          joined.append(i == 0 ? "" : delimiter).append(parts.get(i).asText());
        }
        yield TextNode.valueOf(joined.toString());
      }
      case "Fn::Sub" -> TextNode.valueOf(substitute(argument));
      case "Fn::Select" ->
          resolve(argument.get(1)).get(Integer.parseInt(resolveText(argument.get(0))));
      case "Fn::Split" -> {
        ArrayNode parts = JSON.arrayNode();
        for (String part :
            resolveText(argument.get(1)).split(Pattern.quote(argument.get(0).asText()), -1)) {
          parts.add(part);
        }
        yield parts;
      }
      case "Fn::If" ->
          condition(argument.get(0).asText()) ? resolve(argument.get(1)) : resolve(argument.get(2));
      case "Fn::Equals" ->
          JSON.booleanNode(resolve(argument.get(0)).equals(resolve(argument.get(1))));
      case "Fn::Not" -> JSON.booleanNode(!resolve(argument.get(0)).asBoolean());
      case "Fn::And" -> {
        boolean all = true;
        for (JsonNode item : argument) {
          all &= resolve(item).asBoolean();
        }
        yield JSON.booleanNode(all);
      }
      case "Fn::Or" -> {
        boolean any = false;
        for (JsonNode item : argument) {
          any |= resolve(item).asBoolean();
        }
        yield JSON.booleanNode(any);
      }
      case "Condition" -> JSON.booleanNode(condition(argument.asText()));
      case "Fn::Base64" ->
          TextNode.valueOf(
              Base64.getEncoder()
                  .encodeToString(resolveText(argument).getBytes(StandardCharsets.UTF_8)));
      case "Fn::GetAZs" ->
          JSON.arrayNode()
              .add(AwsAccount.REGION + "a")
              .add(AwsAccount.REGION + "b")
              .add(AwsAccount.REGION + "c");
      case "Fn::FindInMap" ->
          template
              .mappings()
              .path(resolveText(argument.get(0)))
              .path(resolveText(argument.get(1)))
              .path(resolveText(argument.get(2)));
      default -> throw new IllegalStateException(name + " is not supported by the local stack");
    };
  }

  private JsonNode ref(String name) {
    return switch (name) {
      case "AWS::Region" -> TextNode.valueOf(AwsAccount.REGION);
      case "AWS::AccountId" -> TextNode.valueOf(AwsAccount.ACCOUNT_ID);
      case "AWS::Partition" -> TextNode.valueOf(AwsAccount.PARTITION);
      case "AWS::URLSuffix" -> TextNode.valueOf(AwsAccount.URL_SUFFIX);
      case "AWS::StackName" -> TextNode.valueOf(stackName);
      case "AWS::StackId" ->
          TextNode.valueOf(AwsAccount.arn("cloudformation", "stack/" + stackName + "/local"));
      case "AWS::NoValue" -> MissingNode.getInstance();
      case "AWS::NotificationARNs" -> JSON.arrayNode();
      default -> {
        if (template.parameters().has(name)) {
          yield template.parameters().get(name).path("Default");
        }
        yield TextNode.valueOf(
            values
                .ref(name)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "Ref "
                                + name
                                + ": no such resource or parameter, or not created yet")));
      }
    };
  }

  private String attribute(String logicalId, String attribute) {
    Optional<String> value = values.attribute(logicalId, attribute);
    return value.orElseThrow(
        () ->
            new IllegalStateException(
                "Fn::GetAtt " + logicalId + "." + attribute + " is not known to the local stack"));
  }

  private String substitute(JsonNode argument) {
    String text = argument.isArray() ? argument.get(0).asText() : argument.asText();
    JsonNode variables = argument.isArray() ? argument.get(1) : JSON.objectNode();
    Matcher matcher = SUB_VARIABLE.matcher(text);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String variable = matcher.group(1).trim();
      String value;
      if (variables.has(variable)) {
        value = resolveText(variables.get(variable));
      } else if (variable.contains(".") && !variable.startsWith("AWS::")) {
        String[] parts = variable.split("\\.", 2);
        value = attribute(parts[0], parts[1]);
      } else {
        value = resolveText(JSON.objectNode().put("Ref", variable));
      }
      matcher.appendReplacement(result, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(result);
    return result.toString().replace("${!", "${");
  }
}
