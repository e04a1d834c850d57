package com.finflow.shared.log;

/**
 * What every log line of the current invocation carries.
 *
 * <p>A Lambda container serves one invocation at a time, so plain static state is enough and is
 * also visible to the worker threads an invocation may start.
 */
public final class Invocation {

  private static volatile boolean firstInvocation = true;
  private static volatile boolean coldStart = true;
  private static volatile String functionName = "unknown";
  private static volatile String correlationId = "none";
  // Set while one of several messages of a batch is processed on its own thread.
  private static final ThreadLocal<String> MESSAGE_CORRELATION = new ThreadLocal<>();

  private Invocation() {}

  public static void begin(String function, String correlation) {
    coldStart = firstInvocation;
    firstInvocation = false;
    functionName = function;
    correlationId = correlation;
  }

  /**
   * A SnapStart restore: the priming run before the snapshot was not this copy's first invocation.
   */
  public static void restored() {
    firstInvocation = true;
    correlationId = "none";
  }

  public static boolean coldStart() {
    return coldStart;
  }

  public static String functionName() {
    return functionName;
  }

  public static String correlationId() {
    String message = MESSAGE_CORRELATION.get();
    return message == null ? correlationId : message;
  }

  /**
   * Runs {@code work} with its own correlation id on this thread, for messages processed side by
   * side.
   */
  public static void withCorrelation(String id, Runnable work) {
    MESSAGE_CORRELATION.set(id);
    try {
      work.run();
    } finally {
      MESSAGE_CORRELATION.remove();
    }
  }
}
