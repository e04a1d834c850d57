package com.finflow.identity.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.identity.RefreshToken;
import com.finflow.identity.Role;
import com.finflow.identity.StoredRefreshToken;
import com.finflow.shared.aws.LocalDynamoDb;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DynamoRefreshTokenStoreTest {

  private final String table = LocalDynamoDb.newTable("pk");
  private final DynamoRefreshTokenStore store =
      new DynamoRefreshTokenStore(LocalDynamoDb.client(), table);
  private final Instant expiry =
      Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

  @Test
  void findsATokenByItsHashWithEverythingNeededToRefresh() {
    StoredRefreshToken first = token("family-1");
    store.start(first, expiry);

    assertThat(store.find(first.hash())).contains(first);
    assertThat(store.isRevoked("family-1")).isFalse();
  }

  @Test
  void letsExactlyOneOfManyConcurrentRotationsOfATokenWin() throws Exception {
    StoredRefreshToken first = token("family-2");
    store.start(first, expiry);

    List<Boolean> outcomes = concurrently(8, () -> store.rotate(first, token("family-2")));

    assertThat(outcomes).containsOnlyOnce(true);
    assertThat(store.find(first.hash()).orElseThrow().used()).isTrue();
  }

  @Test
  void refusesToRotateWithinARevokedFamily() {
    StoredRefreshToken first = token("family-3");
    store.start(first, expiry);
    store.revokeFamily("family-3");
    StoredRefreshToken next = token("family-3");

    assertThat(store.rotate(first, next)).isFalse();
    assertThat(store.find(next.hash())).isEmpty();
    assertThat(store.isRevoked("family-3")).isTrue();
  }

  @Test
  void storesNoRefreshTokenInTheClear() {
    RefreshToken secret = RefreshToken.random();
    store.start(
        new StoredRefreshToken(
            secret.hash(), "family-4", "user-1", "org-1", Role.MEMBER, expiry, false),
        expiry);

    assertThat(LocalDynamoDb.scan(table).toString())
        .doesNotContain(secret.value())
        .contains(secret.hash());
  }

  private StoredRefreshToken token(String family) {
    return new StoredRefreshToken(
        RefreshToken.random().hash(), family, "user-1", "org-1", Role.ADMIN, expiry, false);
  }

  static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
      List<Future<T>> futures =
          IntStream.range(0, callers).mapToObj(i -> pool.submit(call)).toList();
      List<T> results = new java.util.ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    }
  }
}
