package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.list;
import static com.finflow.infra.CfnTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.infra.SynthesizedStacks.Synthesized;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;

class NagComplianceTest {

  static Stream<Named<Synthesized>> stacks() {
    return SynthesizedStacks.both();
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void noResourceBreaksAnAwsSolutionsRuleWithoutADocumentedReason(Synthesized stack) {
    var annotations = Annotations.fromStack(stack.stack());
    assertThat(annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))).isEmpty();
    assertThat(annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void everySuppressionNamesARuleAndExplainsWhy(Synthesized stack) {
    var resources = map(stack.cfn().json().get("Resources"));
    var suppressions =
        resources.values().stream()
            .map(CfnTemplate::map)
            .map(resource -> (Map<?, ?>) resource.getOrDefault("Metadata", Map.of()))
            .map(metadata -> metadata.get("cdk_nag"))
            .filter(Objects::nonNull)
            .flatMap(cdkNag -> list(map(cdkNag).get("rules_to_suppress")).stream())
            .map(CfnTemplate::map)
            .toList();
    assertThat(suppressions)
        .isNotEmpty()
        .allSatisfy(
            suppression -> {
              assertThat((String) suppression.get("id")).startsWith("AwsSolutions-");
              assertThat((String) suppression.get("reason")).hasSizeGreaterThan(40);
            });
  }
}
