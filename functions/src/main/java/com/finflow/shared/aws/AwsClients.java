package com.finflow.shared.aws;

import com.finflow.shared.Environment;
import com.finflow.shared.lambda.Priming;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS clients of one container, each built on first use and then shared.
 *
 * <p>Every client uses the URLConnection HTTP client (smallest jar, fastest cold start), an
 * explicit region and the two credential sources a function can have. The endpoint is left to the
 * SDK's standard resolution ({@code AWS_ENDPOINT_URL}, {@code AWS_ENDPOINT_URL_<SERVICE>}, {@code
 * aws.endpointUrl}), so the same code reaches AWS, LocalStack or the local stack without a branch.
 *
 * <p>Each client is built in a holder of its own and primed by a class of its own, so a function
 * loads only the SDK of the services it uses, and an artifact may leave the others out.
 */
public final class AwsClients {

  private static final SdkHttpClient HTTP =
      UrlConnectionHttpClient.builder()
          .connectionTimeout(Duration.ofSeconds(2))
          .socketTimeout(Duration.ofSeconds(10))
          .build();

  // Lambda hands a function its credentials in environment variables; the local stack, in system
  // properties. Naming the two spares a cold start the default chain's profile, container, web
  // identity and instance providers.
  private static final AwsCredentialsProvider CREDENTIALS =
      AwsCredentialsProviderChain.of(
          EnvironmentVariableCredentialsProvider.create(),
          SystemPropertyCredentialsProvider.create());

  private static final ClientOverrideConfiguration OVERRIDES =
      ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(12)).build();

  private static final GivenResources GIVEN = GivenResources.ofThisFunction();

  static {
    Priming.add("AwsClients", AwsClients::buildEveryClientGiven);
  }

  private AwsClients() {}

  /**
   * Builds, so that they are primed too, the clients of every kind of resource the function was
   * given, including those its code builds only on first use.
   */
  private static void buildEveryClientGiven() {
    if (!GIVEN.tables().isEmpty()) {
      dynamoDb();
    }
    if (!GIVEN.queueUrls().isEmpty()) {
      sqs();
    }
    if (!GIVEN.keyIds().isEmpty()) {
      kms();
    }
    if (!GIVEN.secretArns().isEmpty()) {
      secretsManager();
    }
  }

  public static DynamoDbClient dynamoDb() {
    return DynamoDbHolder.CLIENT;
  }

  public static SqsClient sqs() {
    return SqsHolder.CLIENT;
  }

  public static KmsClient kms() {
    return KmsHolder.CLIENT;
  }

  public static SecretsManagerClient secretsManager() {
    return SecretsManagerHolder.CLIENT;
  }

  /**
   * The builder with the one HTTP client, the credentials, region and timeouts every client has.
   */
  private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C configured(
      B builder) {
    return builder
        .httpClient(HTTP)
        .credentialsProvider(CREDENTIALS)
        .region(region())
        .overrideConfiguration(OVERRIDES)
        .build();
  }

  static Region region() {
    return Environment.optional("AWS_REGION")
        .map(Region::of)
        .orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion());
  }

  // One holder per client keeps each lazy: a function builds only the clients it uses.
  private static final class DynamoDbHolder {
    static final DynamoDbClient CLIENT = configured(DynamoDbClient.builder());

    static {
      Priming.add("DynamoDbClient", () -> DynamoDbPriming.prime(CLIENT, GIVEN.tables()));
    }
  }

  private static final class SqsHolder {
    static final SqsClient CLIENT = configured(SqsClient.builder());

    static {
      Priming.add("SqsClient", () -> SqsPriming.prime(CLIENT, GIVEN.queueUrls()));
    }
  }

  private static final class KmsHolder {
    static final KmsClient CLIENT = configured(KmsClient.builder());

    static {
      Priming.add("KmsClient", () -> KmsPriming.prime(CLIENT, GIVEN.keyIds()));
    }
  }

  private static final class SecretsManagerHolder {
    static final SecretsManagerClient CLIENT = configured(SecretsManagerClient.builder());

    static {
      Priming.add(
          "SecretsManagerClient", () -> SecretsManagerPriming.prime(CLIENT, GIVEN.secretArns()));
    }
  }
}
