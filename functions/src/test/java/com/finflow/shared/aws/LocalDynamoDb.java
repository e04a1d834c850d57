package com.finflow.shared.aws;

import com.finflow.emulators.DynamoDbLocal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * One embedded DynamoDB Local for every adapter test of a test run, each test with its own table.
 */
public final class LocalDynamoDb {

  private static final DynamoDbLocal SERVER = DynamoDbLocal.start(Optional.empty());
  private static final DynamoDbClient CLIENT =
      DynamoDbClient.builder()
          .endpointOverride(URI.create("http://127.0.0.1:" + SERVER.port()))
          .region(Region.EU_WEST_1)
          .credentialsProvider(
              StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
          .httpClient(UrlConnectionHttpClient.create())
          .build();

  private LocalDynamoDb() {}

  public static DynamoDbClient client() {
    return CLIENT;
  }

  /** A new empty table with a string partition key, named uniquely for the calling test. */
  public static String newTable(String partitionKey) {
    String name = "test-" + UUID.randomUUID();
    CLIENT.createTable(
        request ->
            request
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    definition ->
                        definition.attributeName(partitionKey).attributeType(ScalarAttributeType.S))
                .keySchema(key -> key.attributeName(partitionKey).keyType(KeyType.HASH)));
    return name;
  }

  public static List<Map<String, AttributeValue>> scan(String table) {
    return CLIENT.scanPaginator(request -> request.tableName(table)).items().stream().toList();
  }
}
