package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.properties;
import static com.finflow.infra.CfnTemplate.ref;
import static com.finflow.infra.CfnTemplate.referencedIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.infra.SynthesizedStacks.Synthesized;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only the live alias runs SnapStart-restored code; $LATEST would cold start on every new instance.
 */
class InvocationTargetsTest {

  static Stream<Named<Synthesized>> stacks() {
    return SynthesizedStacks.both();
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void everyApiIntegrationInvokesALiveAlias(Synthesized stack) {
    var cfn = stack.cfn();
    cfn.nonEmptyResources("AWS::ApiGatewayV2::Integration")
        .forEach(
            (id, integration) -> {
              var target = ref(properties(integration).get("IntegrationUri")).orElseThrow();
              assertThat(cfn.typeOf(target)).as(id).isEqualTo("AWS::Lambda::Alias");
              assertThat(cfn.properties(target).get("Name")).isEqualTo("live");
            });
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void everyInvokePermissionIsGrantedOnALiveAliasOnly(Synthesized stack) {
    var cfn = stack.cfn();
    cfn.nonEmptyResources("AWS::Lambda::Permission")
        .forEach(
            (id, permission) -> {
              var target = ref(properties(permission).get("FunctionName")).orElseThrow();
              assertThat(cfn.typeOf(target)).as(id).isEqualTo("AWS::Lambda::Alias");
            });
  }

  @Test
  void everyQueueIsPolledForALiveAlias() {
    var cfn = SynthesizedStacks.withSampleFeature().cfn();
    cfn.nonEmptyResources("AWS::Lambda::EventSourceMapping")
        .forEach(
            (id, mapping) -> {
              var target = ref(properties(mapping).get("FunctionName")).orElseThrow();
              assertThat(cfn.typeOf(target)).as(id).isEqualTo("AWS::Lambda::Alias");
            });
  }

  @Test
  void theAuthorizerInvokesTheLiveAliasOfItsFunction() {
    var cfn = SynthesizedStacks.withSampleFeature().cfn();
    var authorizer = cfn.properties(cfn.singleId("AWS::ApiGatewayV2::Authorizer"));
    var aliases =
        referencedIds(authorizer.get("AuthorizerUri")).stream()
            .filter(id -> cfn.typeOf(id).equals("AWS::Lambda::Alias"))
            .toList();
    assertThat(aliases).hasSize(1);
    assertThat(cfn.properties(cfn.functionOfAlias(aliases.getFirst())).get("Handler"))
        .isEqualTo("com.finflow.sample.Authorizer::handleRequest");
    assertThat(referencedIds(authorizer.get("AuthorizerUri")))
        .noneMatch(id -> cfn.typeOf(id).equals("AWS::Lambda::Function"));
  }
}
