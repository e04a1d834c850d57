package com.finflow.localstack;

import java.net.URI;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SDK clients as an application would build them against the local stack: only the endpoint is set;
 * region and credentials come from the defaults the runtime put in place.
 */
public final class TestClients {

  private TestClients() {}

  public static DynamoDbClient dynamoDb(URI endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public static SqsClient sqs(URI endpoint) {
    return SqsClient.builder()
        .endpointOverride(endpoint)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public static KmsClient kms(URI endpoint) {
    return KmsClient.builder()
        .endpointOverride(endpoint)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public static SecretsManagerClient secretsManager(URI endpoint) {
    return SecretsManagerClient.builder()
        .endpointOverride(endpoint)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
