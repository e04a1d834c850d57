package com.finflow.extraction;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Retries what a flaky provider fails to answer (500, 502, 503, 504, 429, 529, no answer) with
 * exponential backoff and full jitter, waiting at least what {@code Retry-After} asks, never past
 * the extraction's deadline; never retries 4xx answers that would only fail again.
 */
public final class RetryingProvider implements OpenFinanceProvider {

  /**
   * How hard to try: at most {@code maxAttempts} requests per call, waiting up to {@code base}
   * doubled per attempt, never more than {@code cap}.
   */
  public record Policy(Duration base, Duration cap, int maxAttempts) {

    public Policy {
      if (base.isNegative() || cap.compareTo(base) < 0 || maxAttempts < 1) {
        throw new IllegalArgumentException(
            "a retry policy needs 0 <= base <= cap and at least one attempt");
      }
    }
  }

  private final OpenFinanceProvider provider;
  private final Retry retry;
  private final AtomicLong calls = new AtomicLong();

  public RetryingProvider(OpenFinanceProvider provider, Deadline deadline, Policy policy) {
    this.provider = provider;
    IntervalBiFunction<Object> backoff =
        (attempt, outcome) -> waitMillis(attempt, outcome, policy.base(), policy.cap());
    this.retry =
        Retry.of(
            "open-finance-provider",
            RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalBiFunction(backoff)
                .retryOnException(
                    failure ->
                        failure instanceof ProviderFailure provided
                            && provided.retryable()
                            && deadline.remaining().compareTo(Duration.ofMillis(50)) > 0)
                .failAfterMaxAttempts(false)
                .build());
  }

  /** How many requests reached the provider's client, retries included. */
  public long calls() {
    return calls.get();
  }

  private static long waitMillis(
      int attempt, Either<Throwable, Object> outcome, Duration base, Duration cap) {
    long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
    long jittered = ThreadLocalRandom.current().nextLong(ceiling + 1);
    long asked =
        outcome.isLeft() && outcome.getLeft() instanceof ProviderFailure failure
            ? failure.retryAfter().map(Duration::toMillis).orElse(0L)
            : 0L;
    return Math.max(jittered, asked);
  }

  private <T> T call(Supplier<T> request) {
    return Retry.decorateSupplier(
            retry,
            () -> {
              calls.incrementAndGet();
              return request.get();
            })
        .get();
  }

  @Override
  public ClientCredentials register(String clientName) {
    return call(() -> provider.register(clientName));
  }

  @Override
  public AccessToken token(ClientCredentials client) {
    return call(() -> provider.token(client));
  }

  @Override
  public Consent createConsent(AccessToken token, Cpf user, Instant expiresAt) {
    return call(() -> provider.createConsent(token, user, expiresAt));
  }

  @Override
  public Consent consent(AccessToken token, String consentId) {
    return call(() -> provider.consent(token, consentId));
  }

  @Override
  public Page<Account> accounts(AccessToken token, String consentId, int page) {
    return call(() -> provider.accounts(token, consentId, page));
  }

  @Override
  public Amount balance(AccessToken token, String consentId, String accountId) {
    return call(() -> provider.balance(token, consentId, accountId));
  }

  @Override
  public Page<Transaction> transactions(
      AccessToken token,
      String consentId,
      String accountId,
      LocalDate from,
      LocalDate to,
      int page) {
    return call(() -> provider.transactions(token, consentId, accountId, from, to, page));
  }
}
