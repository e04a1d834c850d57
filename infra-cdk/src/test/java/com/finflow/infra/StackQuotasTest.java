package com.finflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.infra.SynthesizedStacks.Synthesized;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.NestedStack;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** CloudFormation refuses a stack past its quotas only at deploy time: checked here instead. */
class StackQuotasTest {

  private static final int MAX_RESOURCES = 500;
  private static final int MAX_PARAMETERS = 200;
  private static final int MAX_OUTPUTS = 200;

  static Stream<Named<Synthesized>> stacks() {
    return SynthesizedStacks.both();
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void everyStackStaysWithinCloudFormationsQuotas(Synthesized synthesized) {
    for (Stack stack : withNested(synthesized.stack())) {
      Map<String, Object> json = Template.fromStack(stack).toJSON();
      String name = stack.getNode().getPath();
      assertThat(size(json, "Resources")).as("resources of %s", name).isBetween(1, MAX_RESOURCES);
      assertThat(size(json, "Parameters")).as("parameters of %s", name).isLessThan(MAX_PARAMETERS);
      assertThat(size(json, "Outputs")).as("outputs of %s", name).isLessThan(MAX_OUTPUTS);
    }
  }

  @Test
  void eachFeatureHasANestedStackOfItsOwnAndTheRootKeepsOnlyTheFoundation() {
    var root = SynthesizedStacks.finflow().stack();

    assertThat(withNested(root).stream().skip(1).map(stack -> stack.getNode().getId()))
        .containsExactlyElementsOf(
            FinflowApp.FEATURES.stream().map(feature -> feature.name() + "Feature").toList());
    assertThat(Template.fromStack(root).findResources("AWS::Lambda::Function"))
        .as("functions of the root stack")
        .hasSize(3);
  }

  private static List<Stack> withNested(Stack stack) {
    var stacks = new ArrayList<Stack>(List.of(stack));
    stack.getNode().getChildren().stream()
        .filter(NestedStack.class::isInstance)
        .map(NestedStack.class::cast)
        .forEach(nested -> stacks.addAll(withNested(nested)));
    return stacks;
  }

  private static int size(Map<String, Object> template, String section) {
    return template.get(section) instanceof Map<?, ?> entries ? entries.size() : 0;
  }
}
