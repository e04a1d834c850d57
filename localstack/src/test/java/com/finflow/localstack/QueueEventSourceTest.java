package com.finflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

@ExtendWith(SharedLocalStack.class)
class QueueEventSourceTest {

  private static final String QUEUE = "TransfersQueueB5D2F3C1";
  private static final String DLQ = "TransfersDlq2F9C1A44";

  @Test
  void poisonMessageReachesTheDeadLetterQueueAfterExactlyMaxReceiveCountReceives(
      LocalStackRuntime runtime) throws Exception {
    String body = "poison-" + UUID.randomUUID();
    try (SqsClient sqs = TestClients.sqs(runtime.awsEndpoint());
        DynamoDbClient dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint())) {
      sqs.sendMessage(send -> send.queueUrl(url(runtime, QUEUE)).messageBody(body));

      Message deadLetter = awaitMessage(sqs, url(runtime, DLQ), body, Duration.ofSeconds(60));

      assertThat(deadLetter.body()).isEqualTo(body);
      assertThat(receiveCounts(dynamoDb, runtime, body)).containsExactly(1, 2, 3);
    }
  }

  @Test
  void partialBatchFailureRedeliversOnlyTheFailedMessage(LocalStackRuntime runtime)
      throws Exception {
    String run = UUID.randomUUID().toString();
    String first = "ok-a-" + run;
    String failing = "poison-b-" + run;
    String last = "ok-c-" + run;
    try (SqsClient sqs = TestClients.sqs(runtime.awsEndpoint());
        DynamoDbClient dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint())) {
      sqs.sendMessageBatch(
          send ->
              send.queueUrl(url(runtime, QUEUE))
                  .entries(
                      entry -> entry.id("a").messageBody(first),
                      entry -> entry.id("b").messageBody(failing),
                      entry -> entry.id("c").messageBody(last)));

      awaitMessage(sqs, url(runtime, DLQ), failing, Duration.ofSeconds(60));

      assertThat(receiveCounts(dynamoDb, runtime, failing)).containsExactly(1, 2, 3);
      assertThat(receiveCounts(dynamoDb, runtime, first)).containsExactly(1);
      assertThat(receiveCounts(dynamoDb, runtime, last)).containsExactly(1);
      assertThat(
              sqs.getQueueAttributes(
                      get ->
                          get.queueUrl(url(runtime, QUEUE))
                              .attributeNamesWithStrings(
                                  "ApproximateNumberOfMessages",
                                  "ApproximateNumberOfMessagesNotVisible"))
                  .attributesAsStrings())
          .containsEntry("ApproximateNumberOfMessages", "0")
          .containsEntry("ApproximateNumberOfMessagesNotVisible", "0");
    }
  }

  private static String url(LocalStackRuntime runtime, String logicalId) {
    return runtime.stack().ref(logicalId).orElseThrow();
  }

  /**
   * Reads the dead-letter queue until the message arrives, leaving other tests' messages in place.
   */
  private static Message awaitMessage(
      SqsClient sqs, String queueUrl, String body, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      for (Message message :
          sqs.receiveMessage(
                  receive ->
                      receive
                          .queueUrl(queueUrl)
                          .maxNumberOfMessages(10)
                          .waitTimeSeconds(1)
                          .visibilityTimeout(0))
              .messages()) {
        if (message.body().equals(body)) {
          sqs.deleteMessage(
              delete -> delete.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
          return message;
        }
      }
    }
    throw new AssertionError(
        "message " + body + " did not reach " + queueUrl + " within " + timeout.toSeconds() + "s");
  }

  /** The ApproximateReceiveCount the handler saw on each delivery of the message, in order. */
  private static List<Integer> receiveCounts(
      DynamoDbClient dynamoDb, LocalStackRuntime runtime, String body) {
    String table = runtime.stack().ref("ObservationsTable4C1E7B90").orElseThrow();
    List<Integer> counts = new ArrayList<>();
    for (Map<String, AttributeValue> item :
        dynamoDb
            .query(
                query ->
                    query
                        .tableName(table)
                        .consistentRead(true)
                        .keyConditionExpression("pk = :body")
                        .expressionAttributeValues(Map.of(":body", AttributeValue.fromS(body))))
            .items()) {
      counts.add(Integer.parseInt(item.get("receiveCount").n()));
    }
    counts.sort(Integer::compare);
    return counts;
  }
}
