package com.finflow.localstack.http;

import com.finflow.localstack.lambda.InvocationResult;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Waits for an invocation the way API Gateway does: no longer than its deadline. Past it, API
 * Gateway answers on its own and the function runs on to its own timeout, unobserved; so does the
 * invocation here.
 */
final class InvocationDeadline implements AutoCloseable {

  private final ExecutorService calls =
      Executors.newThreadPerTaskExecutor(
          Thread.ofVirtual().name("http-api-invocation-", 0).factory());

  /** The invocation's result, or empty when the deadline passed first. */
  Optional<InvocationResult> await(Duration deadline, Supplier<InvocationResult> invocation) {
    Future<InvocationResult> running = calls.submit(invocation::get);
    try {
      return Optional.of(running.get(deadline.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException late) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(
          new InvocationResult.Failure("Interrupted", "the local stack is shutting down"));
    } catch (ExecutionException e) {
      return Optional.of(
          new InvocationResult.Failure(
              e.getCause().getClass().getName(), String.valueOf(e.getCause())));
    }
  }

  @Override
  public void close() {
    calls.shutdownNow();
  }
}
