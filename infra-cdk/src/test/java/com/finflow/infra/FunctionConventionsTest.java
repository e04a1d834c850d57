package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.getAtt;
import static com.finflow.infra.CfnTemplate.list;
import static com.finflow.infra.CfnTemplate.map;
import static com.finflow.infra.CfnTemplate.properties;
import static com.finflow.infra.CfnTemplate.ref;
import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.infra.SynthesizedStacks.Synthesized;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FunctionConventionsTest {

  static Stream<Named<Synthesized>> stacks() {
    return SynthesizedStacks.both();
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void everyFunctionRunsJava21OnArm64WithSnapStartAndExplicitMemoryAndTimeout(Synthesized stack) {
    stack
        .cfn()
        .nonEmptyResources("AWS::Lambda::Function")
        .forEach(
            (id, function) -> {
              var props = properties(function);
              assertThat(props.get("Runtime")).as(id).isEqualTo("java21");
              assertThat(props.get("Architectures")).as(id).isEqualTo(List.of("arm64"));
              assertThat(props.get("SnapStart"))
                  .as(id)
                  .isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
              assertThat(props.get("MemorySize")).as(id).isInstanceOf(Number.class);
              assertThat(props.get("Timeout")).as(id).isInstanceOf(Number.class);
              assertThat(props.get("TracingConfig")).as(id).isEqualTo(Map.of("Mode", "Active"));
              assertThat(map(map(props.get("Environment")).get("Variables")))
                  .as(id)
                  .containsEntry(
                      "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
            });
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void everyFunctionHasALiveAliasOnAPublishedVersion(Synthesized stack) {
    var cfn = stack.cfn();
    var aliases = cfn.resources("AWS::Lambda::Alias");
    cfn.nonEmptyResources("AWS::Lambda::Function")
        .keySet()
        .forEach(
            functionId -> {
              var alias =
                  aliases.values().stream()
                      .map(CfnTemplate::properties)
                      .filter(
                          props ->
                              ref(props.get("FunctionName")).filter(functionId::equals).isPresent())
                      .findFirst()
                      .orElseThrow(() -> new AssertionError("no alias for " + functionId));
              assertThat(alias.get("Name")).as(functionId).isEqualTo("live");
              var versionId = getAtt(alias.get("FunctionVersion"), "Version").orElseThrow();
              assertThat(cfn.typeOf(versionId)).isEqualTo("AWS::Lambda::Version");
              assertThat(ref(cfn.properties(versionId).get("FunctionName"))).contains(functionId);
            });
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void everyFunctionLogsToItsOwnLogGroupEncryptedWithTheKeyAndKeptForAMonth(Synthesized stack) {
    var cfn = stack.cfn();
    var keyId = cfn.encryptionKeyId();
    var logGroups = new HashSet<String>();
    cfn.nonEmptyResources("AWS::Lambda::Function")
        .forEach(
            (id, function) -> {
              var logGroupId =
                  ref(map(properties(function).get("LoggingConfig")).get("LogGroup")).orElseThrow();
              assertThat(logGroups.add(logGroupId))
                  .as("%s has a log group of its own", id)
                  .isTrue();
              var logGroup = cfn.properties(logGroupId);
              assertThat(logGroup.get("RetentionInDays")).as(id).isEqualTo(30);
              assertThat(getAtt(logGroup.get("KmsKeyId"), "Arn")).as(id).contains(keyId);
            });
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void everyFunctionAlarmsTheAlarmTopicOnItsFirstErrorOrThrottleInFiveMinutes(Synthesized stack) {
    var cfn = stack.cfn();
    var topicId = cfn.singleId("AWS::SNS::Topic");
    var alarms =
        cfn.resources("AWS::CloudWatch::Alarm").values().stream()
            .map(CfnTemplate::properties)
            .toList();
    cfn.nonEmptyResources("AWS::Lambda::Function")
        .keySet()
        .forEach(
            functionId ->
                assertThat(alarms)
                    .as("the failures alarm of %s", functionId)
                    .anySatisfy(
                        alarm -> {
                          var metrics = list(alarm.get("Metrics"));
                          assertThat(metrics)
                              .anySatisfy(
                                  query ->
                                      assertThat(map(query).get("Expression"))
                                          .isEqualTo("errors + throttles"));
                          // In one order on every synth: a template that changes between two
                          // synths of the same code is a change to deploy.
                          assertThat(metrics.stream().map(query -> map(query).get("Id")).toList())
                              .containsExactly("expr_1", "errors", "throttles");
                          for (var metric : List.of("Errors", "Throttles")) {
                            assertThat(metrics)
                                .as("%s of %s", metric, functionId)
                                .anySatisfy(
                                    query -> {
                                      assertThat(map(query)).containsKey("MetricStat");
                                      var stat = map(map(query).get("MetricStat"));
                                      var measured = map(stat.get("Metric"));
                                      assertThat(measured.get("Namespace")).isEqualTo("AWS/Lambda");
                                      assertThat(measured.get("MetricName")).isEqualTo(metric);
                                      assertThat(list(measured.get("Dimensions")))
                                          .containsExactly(
                                              Map.of(
                                                  "Name",
                                                  "FunctionName",
                                                  "Value",
                                                  Map.of("Ref", functionId)));
                                      assertThat(stat.get("Stat")).isEqualTo("Sum");
                                      assertThat(stat.get("Period")).isEqualTo(300);
                                    });
                          }
                          assertThat(alarm.get("Threshold")).isEqualTo(1);
                          assertThat(alarm.get("ComparisonOperator"))
                              .isEqualTo("GreaterThanOrEqualToThreshold");
                          assertThat(list(alarm.get("AlarmActions")))
                              .containsExactly(Map.of("Ref", topicId));
                        }));
  }

  @Test
  void healthAndOpenApiAreSmallAndShortLived() {
    var cfn = SynthesizedStacks.finflow().cfn();
    var health =
        cfn.properties(
            cfn.functionWithHandler("com.finflow.health.lambda.HealthHandler::handleRequest"));
    assertThat(health).containsEntry("MemorySize", 512).containsEntry("Timeout", 10);
    var openApi =
        cfn.properties(
            cfn.functionWithHandler("com.finflow.openapi.lambda.OpenApiHandler::handleRequest"));
    assertThat(openApi).containsEntry("MemorySize", 512).containsEntry("Timeout", 5);
  }

  @Test
  void functionsOfAFeatureGetTheDefaultMemoryUnlessTheyAskForLess() {
    var cfn = SynthesizedStacks.withSampleFeature().cfn();
    assertThat(
            cfn.properties(
                cfn.functionWithHandler("com.finflow.sample.CreatePayment::handleRequest")))
        .containsEntry("MemorySize", 1024);
    assertThat(
            cfn.properties(cfn.functionWithHandler("com.finflow.sample.Authorizer::handleRequest")))
        .containsEntry("MemorySize", 512);
  }
}
