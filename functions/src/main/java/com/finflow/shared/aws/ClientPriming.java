package com.finflow.shared.aws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * One read-only call per AWS client and per resource the function was given ({@link
 * GivenResources}), so that marshalling, signing, HTTP and response parsing are loaded and warm in
 * the snapshot. None of them changes anything.
 */
final class ClientPriming {

  private static final String ABSENT = "#priming#cannot-exist";

  private ClientPriming() {}

  static void dynamoDb(DynamoDbClient dynamoDb, List<String> tables) {
    tables.forEach(
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
          refusedWrites(dynamoDb, table, key, description.keySchema().get(0).attributeName());
        });
  }

  /**
   * The write-shaped requests the functions make, each with a condition that the absent key fails,
   * so DynamoDB refuses it and writes nothing; and a query of the absent partition.
   */
  private static void refusedWrites(
      DynamoDbClient dynamoDb, String table, Map<String, AttributeValue> key, String partitionKey) {
    String exists = "attribute_exists(#k)";
    Map<String, String> names = Map.of("#k", partitionKey);
    Map<String, AttributeValue> values = Map.of(":v", AttributeValue.fromS(ABSENT));
    List<Runnable> requests =
        List.of(
            () ->
                dynamoDb.putItem(
                    r ->
                        r.tableName(table)
                            .item(key)
                            .conditionExpression(exists)
                            .expressionAttributeNames(names)),
            () ->
                dynamoDb.updateItem(
                    r ->
                        r.tableName(table)
                            .key(key)
                            .updateExpression("SET #p = :v")
                            .conditionExpression(exists)
                            .expressionAttributeNames(Map.of("#k", partitionKey, "#p", "priming"))
                            .expressionAttributeValues(values)),
            () ->
                dynamoDb.deleteItem(
                    r ->
                        r.tableName(table)
                            .key(key)
                            .conditionExpression(exists)
                            .expressionAttributeNames(names)),
            () ->
                dynamoDb.transactWriteItems(
                    r ->
                        r.transactItems(
                            TransactWriteItem.builder()
                                .conditionCheck(
                                    check ->
                                        check
                                            .tableName(table)
                                            .key(key)
                                            .conditionExpression(exists)
                                            .expressionAttributeNames(names))
                                .build())),
            () ->
                dynamoDb.query(
                    r ->
                        r.tableName(table)
                            .keyConditionExpression("#k = :k")
                            .expressionAttributeNames(names)
                            .expressionAttributeValues(Map.of(":k", key.get(partitionKey)))));
    for (Runnable request : requests) {
      try {
        request.run();
      } catch (ConditionalCheckFailedException | TransactionCanceledException refused) {
        // what priming asks for: the condition held nothing back but the write
      }
    }
  }

  static void sqs(SqsClient sqs, List<String> queueUrls) {
    queueUrls.forEach(
        url ->
            sqs.getQueueAttributes(
                request -> request.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN)));
  }

  static void kms(KmsClient kms, List<String> keyIds) {
    keyIds.forEach(key -> kms.describeKey(request -> request.keyId(key)));
  }

  static void secretsManager(SecretsManagerClient secrets, List<String> secretArns) {
    secretArns.forEach(arn -> secrets.describeSecret(request -> request.secretId(arn)));
  }

  private static AttributeValue absentValue(String type) {
    return switch (type) {
      case "N" -> AttributeValue.fromN("-1");
      case "B" -> AttributeValue.fromB(SdkBytes.fromUtf8String(ABSENT));
      default -> AttributeValue.fromS(ABSENT);
    };
  }
}
