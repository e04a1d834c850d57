package com.finflow.shared.aws;

import static org.assertj.core.api.Assertions.assertThat;

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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
  void aWindowsCounterIsKeyedByOrganizationActionAndWindowAndExpiresMinutesAfterIt() {
    quota().take("org-1");

    Map<String, AttributeValue> item = LocalDynamoDb.scan(table).getFirst();

    assertThat(item.get("pk").s()).isEqualTo("RATE#org-1#bulk-submissions#2026-11-23T10:15:00Z");
    assertThat(item.get("taken").n()).isEqualTo("1");
    assertThat(Instant.ofEpochSecond(Long.parseLong(item.get("expires_at").n())))
        .isEqualTo(Instant.parse("2026-11-23T10:21:00Z"));
  }
}
