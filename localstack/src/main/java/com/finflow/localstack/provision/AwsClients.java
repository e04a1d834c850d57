package com.finflow.localstack.provision;

import com.finflow.emulators.AwsAccount;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** SDK clients for the local stack's own work, all through the gateway like any other caller. */
public final class AwsClients implements AutoCloseable {

  private final SdkHttpClient http = UrlConnectionHttpClient.create();
  private final DynamoDbClient dynamoDb;
  private final SqsClient sqs;
  private final KmsClient kms;
  private final SecretsManagerClient secretsManager;

  public AwsClients(URI endpoint) {
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(AwsAccount.ACCESS_KEY_ID, AwsAccount.SECRET_ACCESS_KEY));
    Region region = Region.of(AwsAccount.REGION);
    dynamoDb =
        DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(region)
            .credentialsProvider(credentials)
            .httpClient(http)
            .build();
    sqs =
        SqsClient.builder()
            .endpointOverride(endpoint)
            .region(region)
            .credentialsProvider(credentials)
            .httpClient(http)
            .build();
    kms =
        KmsClient.builder()
            .endpointOverride(endpoint)
            .region(region)
            .credentialsProvider(credentials)
            .httpClient(http)
            .build();
    secretsManager =
        SecretsManagerClient.builder()
            .endpointOverride(endpoint)
            .region(region)
            .credentialsProvider(credentials)
            .httpClient(http)
            .build();
  }

  public DynamoDbClient dynamoDb() {
    return dynamoDb;
  }

  public SqsClient sqs() {
    return sqs;
  }

  public KmsClient kms() {
    return kms;
  }

  public SecretsManagerClient secretsManager() {
    return secretsManager;
  }

  @Override
  public void close() {
    dynamoDb.close();
    sqs.close();
    kms.close();
    secretsManager.close();
    http.close();
  }
}
