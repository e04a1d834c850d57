package com.finflow.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.NestedStack;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * A stack's template with its nested stacks' resources inlined: a {@code Ref} to a nested stack's
 * parameter becomes the value its parent passes, and a {@code Fn::GetAtt} of a nested stack's
 * output becomes the output's value. Tests then follow a reference to its resource whichever stack
 * holds it, as they would in one template.
 */
final class FlatTemplate {

  private static final String OUTPUTS = "Outputs.";

  private FlatTemplate() {}

  static Template of(Stack stack) {
    return Template.fromJSON(flat(stack));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> flat(Stack stack) {
    var template = new LinkedHashMap<>(Template.fromStack(stack).toJSON());
    var resources = new LinkedHashMap<>((Map<String, Object>) template.get("Resources"));
    var outputs = new LinkedHashMap<String, Map<String, Object>>();
    for (var child : stack.getNode().getChildren()) {
      if (child instanceof NestedStack nested) {
        var stackId = stack.getLogicalId(nested.getNestedStackResource());
        var stackResource = (Map<String, Object>) resources.remove(stackId);
        var passed =
            (Map<String, Object>)
                ((Map<String, Object>) stackResource.get("Properties"))
                    .getOrDefault("Parameters", Map.of());
        var inner = (Map<String, Object>) withParameters(flat(nested), passed);
        ((Map<String, Object>) inner.get("Resources"))
            .forEach(
                (id, resource) -> {
                  if (resources.put(id, resource) != null) {
                    throw new IllegalStateException(stackId + " repeats the logical id " + id);
                  }
                });
        outputs.put(stackId, (Map<String, Object>) inner.getOrDefault("Outputs", Map.of()));
      }
    }
    template.put("Resources", resources);
    return (Map<String, Object>) withOutputs(template, outputs);
  }

  private static Object withParameters(Object value, Map<String, Object> passed) {
    if (value instanceof Map<?, ?> map
        && map.size() == 1
        && map.get("Ref") instanceof String name
        && passed.containsKey(name)) {
      return passed.get(name);
    }
    return mapped(value, child -> withParameters(child, passed));
  }

  @SuppressWarnings("unchecked")
  private static Object withOutputs(Object value, Map<String, Map<String, Object>> outputs) {
    if (value instanceof Map<?, ?> map
        && map.size() == 1
        && map.get("Fn::GetAtt") instanceof List<?> target
        && outputs.containsKey((String) target.get(0))
        && ((String) target.get(1)).startsWith(OUTPUTS)) {
      var output =
          (Map<String, Object>)
              outputs
                  .get((String) target.get(0))
                  .get(((String) target.get(1)).substring(OUTPUTS.length()));
      return withOutputs(output.get("Value"), outputs);
    }
    return mapped(value, child -> withOutputs(child, outputs));
  }

  private static Object mapped(Object value, java.util.function.UnaryOperator<Object> child) {
    if (value instanceof Map<?, ?> map) {
      var copy = new LinkedHashMap<String, Object>();
      map.forEach((key, item) -> copy.put((String) key, child.apply(item)));
      return copy;
    }
    if (value instanceof List<?> list) {
      var copy = new ArrayList<>();
      list.forEach(item -> copy.add(child.apply(item)));
      return copy;
    }
    return value;
  }
}
