package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.getAtt;
import static com.finflow.infra.CfnTemplate.list;
import static com.finflow.infra.CfnTemplate.map;
import static com.finflow.infra.CfnTemplate.properties;
import static com.finflow.infra.CfnTemplate.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.infra.compute.JavaFunctionProps;
import com.finflow.infra.messaging.QueueWithDeadLetterProps;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.StackProps;

class QueueWithDeadLetterTest {

  private final CfnTemplate cfn = SynthesizedStacks.withSampleFeature().cfn();

  @Test
  void everyQueueRedrivesToItsDeadLetterQueueAfterAtLeastFiveReceives() {
    var deadLetterQueues = deadLetterQueues();
    var mainQueues =
        cfn.nonEmptyResources("AWS::SQS::Queue").keySet().stream()
            .filter(id -> !deadLetterQueues.contains(id))
            .toList();
    assertThat(mainQueues).isNotEmpty();
    mainQueues.forEach(
        id -> {
          var redrive = map(cfn.properties(id).get("RedrivePolicy"));
          assertThat(((Number) redrive.get("maxReceiveCount")).intValue())
              .as(id)
              .isGreaterThanOrEqualTo(5);
          var deadLetterQueue = getAtt(redrive.get("deadLetterTargetArn"), "Arn").orElseThrow();
          assertThat(cfn.typeOf(deadLetterQueue)).isEqualTo("AWS::SQS::Queue");
          assertThat(deadLetterQueue).isNotEqualTo(id);
        });
    assertThat(map(cfn.properties(mainQueues.getFirst()).get("RedrivePolicy")))
        .containsEntry("maxReceiveCount", SynthesizedStacks.SAMPLE_MAX_RECEIVE_COUNT);
  }

  @Test
  void everyConsumedQueueHidesAMessageForAtLeastSixTimesItsConsumersTimeout() {
    cfn.nonEmptyResources("AWS::Lambda::EventSourceMapping")
        .forEach(
            (id, mapping) -> {
              var queueId = getAtt(properties(mapping).get("EventSourceArn"), "Arn").orElseThrow();
              var functionId =
                  cfn.functionOfAlias(ref(properties(mapping).get("FunctionName")).orElseThrow());
              var consumerTimeout = ((Number) cfn.properties(functionId).get("Timeout")).intValue();
              var visibilityTimeout =
                  ((Number) cfn.properties(queueId).get("VisibilityTimeout")).intValue();
              assertThat(visibilityTimeout).as(id).isGreaterThanOrEqualTo(6 * consumerTimeout);
            });
    assertThat(
            cfn.properties(
                cfn.resources("AWS::SQS::Queue").keySet().stream()
                    .filter(id -> !deadLetterQueues().contains(id))
                    .findFirst()
                    .orElseThrow()))
        .containsEntry("VisibilityTimeout", 6 * SynthesizedStacks.SAMPLE_CONSUMER_TIMEOUT_SECONDS);
  }

  @Test
  void consumersReportFailedItemsOfSmallBatches() {
    cfn.nonEmptyResources("AWS::Lambda::EventSourceMapping")
        .forEach(
            (id, mapping) -> {
              assertThat(properties(mapping))
                  .containsEntry("FunctionResponseTypes", List.of("ReportBatchItemFailures"))
                  .containsEntry("BatchSize", SynthesizedStacks.SAMPLE_BATCH_SIZE)
                  .containsEntry("MaximumBatchingWindowInSeconds", 1);
            });
  }

  @Test
  void everyQueueIsEncryptedWithTheCustomerKeyAndRefusesPlainHttp() {
    var keyId = cfn.encryptionKeyId();
    var queues = cfn.nonEmptyResources("AWS::SQS::Queue").keySet();
    queues.forEach(
        id ->
            assertThat(getAtt(cfn.properties(id).get("KmsMasterKeyId"), "Arn"))
                .as(id)
                .contains(keyId));
    var queuesDenyingPlainHttp =
        cfn.resources("AWS::SQS::QueuePolicy").values().stream()
            .filter(
                policy ->
                    CfnTemplate.statementsOf(properties(policy).get("PolicyDocument")).stream()
                        .anyMatch(
                            statement ->
                                "Deny".equals(statement.get("Effect"))
                                    && Map.of("Bool", Map.of("aws:SecureTransport", "false"))
                                        .equals(statement.get("Condition"))))
            .flatMap(policy -> list(properties(policy).get("Queues")).stream())
            .map(queue -> ref(queue).orElseThrow())
            .collect(Collectors.toSet());
    assertThat(queuesDenyingPlainHttp).containsAll(queues);
  }

  @Test
  void deadLetterQueuesKeepMessagesForFourteenDaysAndAlarmOnTheFirstOne() {
    var topicId = cfn.singleId("AWS::SNS::Topic");
    var alarms =
        cfn.resources("AWS::CloudWatch::Alarm").values().stream()
            .map(CfnTemplate::properties)
            .toList();
    assertThat(deadLetterQueues())
        .isNotEmpty()
        .allSatisfy(
            id -> {
              assertThat(cfn.properties(id))
                  .containsEntry("MessageRetentionPeriod", 14 * 24 * 3600);
              assertThat(alarms)
                  .as("depth alarm of %s", id)
                  .anySatisfy(
                      alarm -> {
                        assertThat(alarm.get("Namespace")).isEqualTo("AWS/SQS");
                        assertThat(alarm.get("MetricName"))
                            .isEqualTo("ApproximateNumberOfMessagesVisible");
                        assertThat(list(alarm.get("Dimensions")))
                            .containsExactly(
                                Map.of(
                                    "Name",
                                    "QueueName",
                                    "Value",
                                    Map.of("Fn::GetAtt", List.of(id, "QueueName"))));
                        assertThat(alarm.get("Threshold")).isEqualTo(1);
                        assertThat(alarm.get("ComparisonOperator"))
                            .isEqualTo("GreaterThanOrEqualToThreshold");
                        assertThat(list(alarm.get("AlarmActions")))
                            .containsExactly(Map.of("Ref", topicId));
                      });
            });
  }

  @Test
  void aQueueRefusesAConsumerSlowerThanASixthOfItsVisibilityTimeout() {
    var stack =
        new FinflowStack(
            new App(),
            "Test",
            StackProps.builder().build(),
            SynthesizedStacks::placeholderCode,
            List.of(
                new TestFeature(
                    "Slow",
                    s -> {
                      var queue =
                          s.queue(
                              "Fast",
                              QueueWithDeadLetterProps.forConsumerTimeout(Duration.seconds(10)));
                      var slowConsumer =
                          s.function(
                              "Slow",
                              JavaFunctionProps.of("a.B::handleRequest", Duration.seconds(11)));
                      assertThatThrownBy(() -> queue.consumedBy(slowConsumer))
                          .isInstanceOf(IllegalArgumentException.class)
                          .hasMessageContaining("at least 6 x the consumer timeout (66 s)");
                    })));
    assertThat(stack).isNotNull();
  }

  @Test
  void aQueueRefusesToDeadLetterAfterFewerThanFiveReceives() {
    var props = QueueWithDeadLetterProps.forConsumerTimeout(Duration.seconds(10));
    assertThat(props.maxReceiveCount()).isEqualTo(5);
    assertThatThrownBy(() -> props.withMaxReceiveCount(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 5");
  }

  private Set<String> deadLetterQueues() {
    return cfn.resources("AWS::SQS::Queue").values().stream()
        .map(CfnTemplate::properties)
        .filter(props -> props.containsKey("RedrivePolicy"))
        .map(
            props ->
                getAtt(map(props.get("RedrivePolicy")).get("deadLetterTargetArn"), "Arn")
                    .orElseThrow())
        .collect(Collectors.toSet());
  }
}
