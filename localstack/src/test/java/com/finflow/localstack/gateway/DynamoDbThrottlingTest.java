package com.finflow.localstack.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.SharedLocalStack;
import com.finflow.localstack.TestClients;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.retry.RetryUtils;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.sqs.SqsClient;

@ExtendWith(SharedLocalStack.class)
class DynamoDbThrottlingTest {

  private static final Map<String, AttributeValue> KEY =
      Map.of("pk", AttributeValue.fromS("throttling"), "sk", AttributeValue.fromS("item"));

  private LocalStackRuntime runtime;

  @AfterEach
  void stopThrottling() {
    if (runtime != null) {
      runtime.faults().dynamoDbThrottleRate(0.0);
    }
  }

  @Test
  void everyRequestThrottledFailsAsDynamoDbThrottlesWhenTheClientDoesNotRetry(
      LocalStackRuntime runtime) {
    this.runtime = runtime;
    long throttlesBefore = runtime.faults().dynamoDbThrottles();
    runtime.faults().dynamoDbThrottleRate(1.0);

    try (DynamoDbClient dynamoDb =
        DynamoDbClient.builder()
            .endpointOverride(runtime.awsEndpoint())
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(
                override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build()) {
      ProvisionedThroughputExceededException throttled =
          catchThrowableOfType(
              ProvisionedThroughputExceededException.class,
              () -> dynamoDb.getItem(get -> get.tableName(table()).key(KEY)));

      assertThat(throttled).isNotNull();
      assertThat(throttled.statusCode()).isEqualTo(400);
      assertThat(throttled.awsErrorDetails().errorCode())
          .isEqualTo("ProvisionedThroughputExceededException");
      assertThat(throttled.awsErrorDetails().errorMessage())
          .isEqualTo(
              "The level of configured provisioned throughput for the table was exceeded."
                  + " Consider increasing your provisioning level with the UpdateTable API.");
      assertThat(RetryUtils.isThrottlingException(throttled)).isTrue();
      assertThat(runtime.faults().dynamoDbThrottles()).isEqualTo(throttlesBefore + 1);
    }
  }

  @Test
  void otherServicesAreNotThrottled(LocalStackRuntime runtime) {
    this.runtime = runtime;
    runtime.faults().dynamoDbThrottleRate(1.0);

    try (SqsClient sqs = TestClients.sqs(runtime.awsEndpoint())) {
      assertThat(sqs.listQueues().queueUrls()).isNotEmpty();
    }
  }

  @Test
  void aClientWithDefaultRetriesRidesOutPartialThrottling(LocalStackRuntime runtime) {
    this.runtime = runtime;
    try (DynamoDbClient dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint())) {
      dynamoDb.putItem(
          put ->
              put.tableName(table())
                  .item(
                      Map.of(
                          "pk",
                          KEY.get("pk"),
                          "sk",
                          KEY.get("sk"),
                          "note",
                          AttributeValue.fromS("present"))));
      long throttlesBefore = runtime.faults().dynamoDbThrottles();
      runtime.faults().dynamoDbThrottleRate(0.3);

      for (int i = 0; i < 50; i++) {
        GetItemResponse found =
            dynamoDb.getItem(get -> get.tableName(table()).key(KEY).consistentRead(true));
        assertThat(found.item()).containsEntry("note", AttributeValue.fromS("present"));
      }

      assertThat(runtime.faults().dynamoDbThrottles()).isGreaterThan(throttlesBefore);
    }
  }

  @Test
  void noRequestIsThrottledAtRateZero(LocalStackRuntime runtime) {
    this.runtime = runtime;
    long throttlesBefore = runtime.faults().dynamoDbThrottles();

    try (DynamoDbClient dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint())) {
      for (int i = 0; i < 20; i++) {
        dynamoDb.getItem(get -> get.tableName(table()).key(KEY));
      }
    }

    assertThat(runtime.faults().dynamoDbThrottles()).isEqualTo(throttlesBefore);
  }

  private String table() {
    return runtime.stack().ref("ObservationsTable4C1E7B90").orElseThrow();
  }
}
