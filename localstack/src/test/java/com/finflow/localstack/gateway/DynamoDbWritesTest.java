package com.finflow.localstack.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the gateway counts as item writes in DynamoDB's multi-item write requests. */
class DynamoDbWritesTest {

  @Test
  void aBatchWriteCountsEveryPutAndDeleteOfEveryTable() {
    String body =
        """
        {"RequestItems": {
          "a": [{"PutRequest": {"Item": {"pk": {"S": "1"}}}},
                {"DeleteRequest": {"Key": {"pk": {"S": "2"}}}}],
          "b": [{"PutRequest": {"Item": {"pk": {"S": "PutRequest"}}}}]}}
        """;

    assertThat(DynamoDbWrites.items("BatchWriteItem", body.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(3);
  }

  @Test
  void aTransactionCountsItsWritesButNotItsConditionChecks() {
    String body =
        """
        {"TransactItems": [
          {"Put": {"TableName": "a", "Item": {"pk": {"S": "1"}}}},
          {"Update": {"TableName": "a", "Key": {"pk": {"S": "2"}}}},
          {"ConditionCheck": {"TableName": "a", "Key": {"pk": {"S": "3"}}}},
          {"Delete": {"TableName": "a", "Key": {"pk": {"S": "4"}}}}]}
        """;

    assertThat(DynamoDbWrites.items("TransactWriteItems", body.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(3);
  }

  @Test
  void anUnreadableBodyCountsNothing() {
    assertThat(DynamoDbWrites.items("BatchWriteItem", "{".getBytes(StandardCharsets.UTF_8)))
        .isZero();
  }
}
