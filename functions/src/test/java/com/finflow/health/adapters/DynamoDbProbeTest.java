package com.finflow.health.adapters;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.aws.LocalDynamoDb;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

class DynamoDbProbeTest {

  @Test
  void passesWhenEveryTableExists() {
    DynamoDbProbe probe =
        new DynamoDbProbe(
            LocalDynamoDb.client(),
            List.of(LocalDynamoDb.newTable("pk"), LocalDynamoDb.newTable("iban")));

    assertThatCode(probe::probe).doesNotThrowAnyException();
  }

  @Test
  void failsWhenOneTableIsMissing() {
    DynamoDbProbe probe =
        new DynamoDbProbe(
            LocalDynamoDb.client(), List.of(LocalDynamoDb.newTable("pk"), "finflow-no-such-table"));

    assertThatThrownBy(probe::probe).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void provesTheServiceAnswersWhenThereIsNoTableToDescribe() {
    assertThatCode(new DynamoDbProbe(LocalDynamoDb.client(), List.of())::probe)
        .doesNotThrowAnyException();
  }
}
