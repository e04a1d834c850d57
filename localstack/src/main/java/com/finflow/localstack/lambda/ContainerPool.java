package com.finflow.localstack.lambda;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;

/**
 * The warm containers of one function; each serves one invocation at a time, and at most a few
 * exist at once.
 */
final class ContainerPool implements AutoCloseable {

  /** A container on loan, and whether taking it meant a cold start. */
  record Lease(FunctionContainer container, boolean coldStart) {}

  private final FunctionDefinition function;
  private final URL[] code;
  private final Map<String, String> environment;
  private final Semaphore capacity;
  private final ConcurrentLinkedDeque<FunctionContainer> idle = new ConcurrentLinkedDeque<>();

  ContainerPool(
      FunctionDefinition function, URL[] code, Map<String, String> environment, int maxContainers) {
    this.function = function;
    this.code = code.clone();
    this.environment = Map.copyOf(environment);
    this.capacity = new Semaphore(maxContainers, true);
  }

  Lease acquire() throws InterruptedException {
    capacity.acquire();
    FunctionContainer warm = idle.pollFirst();
    if (warm != null) {
      return new Lease(warm, false);
    }
    try {
      return new Lease(FunctionContainer.create(function, code, environment), true);
    } catch (RuntimeException e) {
      capacity.release();
      throw e;
    }
  }

  void release(FunctionContainer container) {
    idle.addFirst(container);
    capacity.release();
  }

  /** A container that timed out may still be running the handler: it is never reused. */
  void discard(FunctionContainer container) {
    container.close();
    capacity.release();
  }

  @Override
  public void close() {
    FunctionContainer container;
    while ((container = idle.pollFirst()) != null) {
      container.close();
    }
  }
}
