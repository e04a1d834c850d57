package com.finflow.shared.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.quota.Quota;
import com.finflow.shared.quota.QuotaContract;
import com.finflow.shared.quota.RateLimit;
import com.finflow.shared.quota.TooManyRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

class DynamoQuotaTest extends QuotaContract {

  private final String table = LocalDynamoDb.newTable("pk");

  @Override
  protected Quota quota() {
    return new DynamoQuota(LocalDynamoDb.client(), table, THREE_A_MINUTE, clock);
  }

  @Test
  void concurrentTakesFromTwoContainersAllowExactlyTheLimit() throws Exception {
    RateLimit limit = RateLimit.perMinute("bulk submissions", 25);
    // Two adapters on one table: what two containers of the function share.
    List<Quota> containers =
        List.of(
            new DynamoQuota(LocalDynamoDb.client(), table, limit, clock),
            new DynamoQuota(LocalDynamoDb.client(), table, limit, clock));
    int threads = 8;
    int takesPerThread = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> allowed = new ArrayList<>();
    List<TooManyRequests> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
    try {
      for (int thread = 0; thread < threads; thread++) {
        Quota quota = containers.get(thread % 2);
        Callable<Integer> takes =
            () -> {
              start.await();
              int taken = 0;
              for (int i = 0; i < takesPerThread; i++) {
                try {
                  quota.take("org-1");
                  taken++;
                } catch (TooManyRequests refused) {
                  refusals.add(refused);
                }
              }
              return taken;
            };
        allowed.add(pool.submit(takes));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> future : allowed) {
        total += future.get();
      }

      assertThat(total).isEqualTo(25);
      assertThat(refusals)
          .hasSize(threads * takesPerThread - 25)
          .allSatisfy(
              refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(43)));
      assertThat(LocalDynamoDb.scan(table))
          .singleElement()
          .satisfies(item -> assertThat(item.get("taken").n()).isEqualTo("25"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aContainerRefusedInAWindowRefusesAgainWithoutAnotherWriteUntilItEnds() {
    CountingUpdates dynamoDb = new CountingUpdates(LocalDynamoDb.client());
    Quota container = new DynamoQuota(dynamoDb, table, THREE_A_MINUTE, clock);
    for (int i = 0; i < 4; i++) {
      catchThrowable(() -> container.take("org-1"));
    }
    int writes = dynamoDb.updates();

    clock.advance(Duration.ofSeconds(30));
    TooManyRequests again =
        catchThrowableOfType(TooManyRequests.class, () -> container.take("org-1"));
    container.take("org-2");
    clock.advance(Duration.ofSeconds(13));
    container.take("org-1");

    assertThat(writes).isEqualTo(4);
    assertThat(again.retryAfter()).isEqualTo(Duration.ofSeconds(13));
    assertThat(dynamoDb.updates()).as("org-2, then org-1 in the next window").isEqualTo(6);
  }

  @Test
  void aWindowsCounterIsKeyedByOrganizationActionAndWindowAndExpiresMinutesAfterIt() {
    quota().take("org-1");

    Map<String, AttributeValue> item = LocalDynamoDb.scan(table).getFirst();

    assertThat(item.get("pk").s()).isEqualTo("RATE#org-1#bulk-submissions#2026-11-23T10:15:00Z");
    assertThat(item.get("taken").n()).isEqualTo("1");
    assertThat(Instant.ofEpochSecond(Long.parseLong(item.get("expires_at").n())))
        .isEqualTo(Instant.parse("2026-11-23T10:21:00Z"));
  }

  /** A DynamoDB that passes updates on to a real one and counts them. */
  private static final class CountingUpdates implements DynamoDbClient {

    private final DynamoDbClient dynamoDb;
    private int updates;

    CountingUpdates(DynamoDbClient dynamoDb) {
      this.dynamoDb = dynamoDb;
    }

    int updates() {
      return updates;
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
      updates++;
      return dynamoDb.updateItem(request);
    }

    @Override
    public String serviceName() {
      return dynamoDb.serviceName();
    }

    @Override
    public void close() {}
  }
}
