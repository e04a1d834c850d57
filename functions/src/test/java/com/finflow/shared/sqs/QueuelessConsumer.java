package com.finflow.shared.sqs;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A consumer whose queue is never reached: the retry delay of a failed message cannot be set
 * without one, so a test whose message fails waits a second, then sees it failed.
 */
public final class QueuelessConsumer {

  private QueuelessConsumer() {}

  public static QueueConsumer create() {
    return create(false);
  }

  /** The same, handling a batch's messages concurrently or not. */
  public static QueueConsumer create(boolean concurrent) {
    SqsClient unreachable =
        SqsClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:9"))
            .region(Region.EU_WEST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClient(
                UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofMillis(200)).build())
            .overrideConfiguration(
                ClientOverrideConfiguration.builder()
                    .retryStrategy(RetryMode.STANDARD)
                    .apiCallTimeout(Duration.ofSeconds(1))
                    .build())
            .build();
    return new QueueConsumer(
        unreachable, "http://127.0.0.1:9/000000000000/none", 1, 60, concurrent);
  }
}
