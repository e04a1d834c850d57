package com.finflow.infra.compute;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Duration;

/**
 * What differs between Finflow functions. Everything else (runtime, architecture, SnapStart,
 * tracing, logs, alarms) is the same for all of them and set by {@link JavaFunction}.
 *
 * @param handler {@code package.Class::method} inside the shared functions jar
 * @param timeout hard limit of one invocation; queues derive their visibility timeout from it
 * @param memorySize in MB; also scales the CPU share
 * @param environment variables the handler reads, in addition to the JVM options every function
 *     gets
 */
public record JavaFunctionProps(
    String handler, Duration timeout, int memorySize, Map<String, String> environment) {

  public static final int DEFAULT_MEMORY_SIZE = 1024;

  public JavaFunctionProps {
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(timeout, "timeout");
    if (!handler.matches("[\\w.$]+::\\w+")) {
      throw new IllegalArgumentException(
          "handler must look like com.finflow.x.XHandler::handleRequest, was " + handler);
    }
    if (memorySize < 128 || memorySize > 10_240) {
      throw new IllegalArgumentException(
          "memorySize must be between 128 and 10240 MB, was " + memorySize);
    }
    if (environment.containsKey(JavaFunction.JAVA_TOOL_OPTIONS)) {
      throw new IllegalArgumentException(
          JavaFunction.JAVA_TOOL_OPTIONS + " is set for every function and cannot be overridden");
    }
    environment = Map.copyOf(environment);
  }

  public static JavaFunctionProps of(String handler, Duration timeout) {
    return new JavaFunctionProps(handler, timeout, DEFAULT_MEMORY_SIZE, Map.of());
  }

  public JavaFunctionProps withMemorySize(int megabytes) {
    return new JavaFunctionProps(handler, timeout, megabytes, environment);
  }

  public JavaFunctionProps withEnvironment(Map<String, String> variables) {
    var merged = new HashMap<>(environment);
    merged.putAll(variables);
    return new JavaFunctionProps(handler, timeout, memorySize, merged);
  }
}
