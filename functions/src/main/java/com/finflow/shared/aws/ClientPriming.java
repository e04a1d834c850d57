package com.finflow.shared.aws;

import com.finflow.shared.Environment;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * One read-only call per AWS client and per resource the function was given (its tables, queues,
 * keys and secrets, by their environment variables), so that marshalling, signing, HTTP and
 * response parsing are loaded and warm in the snapshot. None of them changes anything.
 */
final class ClientPriming {

  private static final String ABSENT = "#priming#cannot-exist";

  private ClientPriming() {}

  static void dynamoDb(DynamoDbClient dynamoDb) {
    Environment.named(name -> name.endsWith("_TABLE"))
        .values()
        .forEach(
            table -> {
              TableDescription description =
                  dynamoDb.describeTable(request -> request.tableName(table)).table();
              Map<String, AttributeValue> key = new LinkedHashMap<>();
              for (KeySchemaElement element : description.keySchema()) {
                String type =
                    description.attributeDefinitions().stream()
                        .filter(d -> d.attributeName().equals(element.attributeName()))
                        .findFirst()
                        .map(d -> d.attributeTypeAsString())
                        .orElse("S");
                key.put(element.attributeName(), absentValue(type));
              }
              dynamoDb.getItem(request -> request.tableName(table).key(key));
            });
  }

  static void sqs(SqsClient sqs) {
    Environment.named(name -> name.endsWith("_QUEUE_URL"))
        .values()
        .forEach(
            url ->
                sqs.getQueueAttributes(
                    request -> request.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN)));
  }

  static void kms(KmsClient kms) {
    Environment.named(name -> name.endsWith("KEY_ID"))
        .values()
        .forEach(key -> kms.describeKey(request -> request.keyId(key)));
  }

  static void secretsManager(SecretsManagerClient secrets) {
    Environment.named(name -> name.endsWith("_SECRET_ARN"))
        .values()
        .forEach(arn -> secrets.describeSecret(request -> request.secretId(arn)));
  }

  private static AttributeValue absentValue(String type) {
    return switch (type) {
      case "N" -> AttributeValue.fromN("-1");
      case "B" -> AttributeValue.fromB(SdkBytes.fromUtf8String(ABSENT));
      default -> AttributeValue.fromS(ABSENT);
    };
  }
}
