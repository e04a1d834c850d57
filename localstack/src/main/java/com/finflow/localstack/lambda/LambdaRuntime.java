package com.finflow.localstack.lambda;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/** Invokes functions by name or ARN (aliases and versions included), each in its own containers. */
public final class LambdaRuntime implements AutoCloseable {

  private static final int CONTAINERS_PER_FUNCTION = 4;

  private final Map<String, Map<String, String>> environments = new HashMap<>();
  private final Map<String, List<Path>> code = new HashMap<>();
  private final Map<String, URL[]> classPaths = new HashMap<>();
  private final Map<String, FunctionDefinition> functions = new LinkedHashMap<>();
  private final Map<String, ContainerPool> pools = new HashMap<>();
  private final Map<String, AtomicLong> invocations = new HashMap<>();
  private final ExecutorService invocationThreads =
      Executors.newCachedThreadPool(
          work -> {
            Thread thread = new Thread(work, "lambda-invocation");
            thread.setDaemon(true);
            return thread;
          });

  public LambdaRuntime(
      List<FunctionDefinition> definitions, FunctionCode codes, FunctionEnvironment environment) {
    // Functions that run the same code share one class path, as the artifacts they deploy.
    Map<List<Path>, URL[]> classPathOfCode = new HashMap<>();
    for (FunctionDefinition function : definitions) {
      List<Path> functionCode = codes.of(function);
      URL[] classPath = classPathOfCode.computeIfAbsent(functionCode, LambdaRuntime::classPath);
      code.put(function.name(), functionCode);
      classPaths.put(function.name(), classPath);
      functions.put(function.name(), function);
      pools.put(
          function.name(),
          new ContainerPool(
              function, classPath, environment.of(function), CONTAINERS_PER_FUNCTION));
      invocations.put(function.name(), new AtomicLong());
      environments.put(function.name(), environment.of(function));
    }
  }

  /** The environment the function's containers run with, as the template and the stack set it. */
  public Map<String, String> environmentOf(String name) {
    return environments.get(name);
  }

  /**
   * What SnapStart does when it publishes a version: a fresh container of the function initializes
   * and runs its priming, then is thrown away. Answers how many priming steps ran without failing
   * (-1 for code with no priming).
   */
  public int primeInFreshContainer(String name) {
    FunctionDefinition function = functions.get(name);
    try (FunctionContainer container =
        FunctionContainer.create(function, classPaths.get(name), environments.get(name))) {
      return container.prime();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("priming of " + name + " failed", e);
    }
  }

  /** The code the function runs: its own artifact, after any fixture directories. */
  public List<Path> codeOf(String name) {
    return code.get(name);
  }

  public List<FunctionDefinition> functions() {
    return List.copyOf(functions.values());
  }

  public Optional<FunctionDefinition> find(String nameOrArn) {
    return Optional.ofNullable(functions.get(FunctionReference.parse(nameOrArn).name()));
  }

  /** How many times the function was invoked since start-up, whatever the outcome. */
  public long invocationsOf(String nameOrArn) {
    return find(nameOrArn).map(function -> invocations.get(function.name()).get()).orElse(0L);
  }

  public InvocationResult invoke(String nameOrArn, String eventJson) {
    FunctionReference reference = FunctionReference.parse(nameOrArn);
    FunctionDefinition function = functions.get(reference.name());
    if (function == null) {
      return new InvocationResult.Failure(
          "ResourceNotFoundException", "Function not found: " + nameOrArn);
    }
    // Lambda refuses an oversized event at the Invoke call: the function never runs, so it is not
    // counted.
    if (PayloadLimits.utf8Length(eventJson) > PayloadLimits.SYNC_REQUEST_BYTES) {
      System.out.println(
          "["
              + function.name()
              + "] invocation refused: the event is over "
              + PayloadLimits.SYNC_REQUEST_BYTES
              + " bytes");
      return new InvocationResult.Failure(
          InvocationResult.Failure.REQUEST_TOO_LARGE,
          "Request must be smaller than "
              + PayloadLimits.SYNC_REQUEST_BYTES
              + " bytes for the InvokeFunction operation");
    }
    invocations.get(function.name()).incrementAndGet();
    ContainerPool pool = pools.get(function.name());
    String requestId = UUID.randomUUID().toString();
    long started = System.nanoTime();
    ContainerPool.Lease lease;
    try {
      lease = pool.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new InvocationResult.Failure("Interrupted", "the local stack is shutting down");
    } catch (RuntimeException initFailure) {
      return report(
          function,
          requestId,
          started,
          false,
          new InvocationResult.Failure(
              "Runtime.InitError", String.valueOf(initFailure.getMessage())));
    }
    long initNanos = System.nanoTime() - started;
    FunctionContainer container = lease.container();
    Future<String> running =
        invocationThreads.submit(
            () -> {
              try {
                return container.invoke(eventJson, reference.arn(), requestId);
              } catch (Exception | Error e) {
                throw e;
              } catch (Throwable other) {
                throw new IllegalStateException(other);
              }
            });
    try {
      String payload = running.get(function.timeout().toMillis(), TimeUnit.MILLISECONDS);
      pool.release(container);
      return report(
          function, requestId, started + initNanos, lease.coldStart(), checkedResponse(payload));
    } catch (TimeoutException e) {
      running.cancel(true);
      pool.discard(container);
      return report(
          function,
          requestId,
          started + initNanos,
          lease.coldStart(),
          new InvocationResult.Failure(
              "Sandbox.Timedout",
              "Task timed out after " + function.timeout().toSeconds() + " seconds"));
    } catch (ExecutionException e) {
      pool.release(container);
      Throwable cause = e.getCause();
      System.out.println("[" + function.name() + "] " + requestId + " failed: " + cause);
      return report(
          function,
          requestId,
          started + initNanos,
          lease.coldStart(),
          new InvocationResult.Failure(
              cause.getClass().getName(), String.valueOf(cause.getMessage())));
    } catch (InterruptedException e) {
      running.cancel(true);
      pool.discard(container);
      Thread.currentThread().interrupt();
      return new InvocationResult.Failure("Interrupted", "the local stack is shutting down");
    }
  }

  /**
   * A response over the quota is an error of the invocation, as Lambda reports it, though the
   * function ran.
   */
  private static InvocationResult checkedResponse(String payload) {
    if (PayloadLimits.utf8Length(payload) > PayloadLimits.SYNC_RESPONSE_BYTES) {
      return new InvocationResult.Failure(
          InvocationResult.Failure.RESPONSE_TOO_LARGE,
          "Response payload size exceeded maximum allowed payload size ("
              + PayloadLimits.SYNC_RESPONSE_BYTES
              + " bytes).");
    }
    return new InvocationResult.Success(payload);
  }

  private static InvocationResult report(
      FunctionDefinition function,
      String requestId,
      long startedNanos,
      boolean coldStart,
      InvocationResult result) {
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    String outcome =
        result instanceof InvocationResult.Failure failure
            ? " " + failure.errorType() + ": " + failure.errorMessage()
            : "";
    System.out.println(
        "REPORT "
            + function.name()
            + " RequestId: "
            + requestId
            + " Duration: "
            + millis
            + " ms"
            + (coldStart ? " (cold start)" : "")
            + outcome);
    return result;
  }

  static URL[] classPath(List<Path> code) {
    List<URL> urls = new ArrayList<>();
    for (Path entry : code) {
      if (!Files.exists(entry)) {
        throw new IllegalStateException(
            "function code "
                + entry.toAbsolutePath()
                + " does not exist; build it"
                + " (./mvnw -B -q -pl functions package -DskipTests) or pass --code PATH[:PATH...]");
      }
      urls.add(url(entry));
    }
    // The runtime's serializer, for handlers that take typed events, after the function's own code.
    // Not Joda-Time: Lambda does not provide it, so a function that needs it and leaves it out must
    // fail here as it would there.
    urls.add(jarOf("com.amazonaws.services.lambda.runtime.serialization.PojoSerializer"));
    return urls.toArray(URL[]::new);
  }

  /**
   * Libraries the Lambda Java runtime brings along; here they come from this module's own
   * dependencies.
   */
  private static URL jarOf(String className) {
    try {
      return Class.forName(className).getProtectionDomain().getCodeSource().getLocation();
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          className + " is missing from the local stack's class path", e);
    }
  }

  private static URL url(Path path) {
    try {
      return path.toAbsolutePath().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(path.toString(), e);
    }
  }

  @Override
  public void close() {
    invocationThreads.shutdownNow();
    pools.values().forEach(ContainerPool::close);
  }
}
