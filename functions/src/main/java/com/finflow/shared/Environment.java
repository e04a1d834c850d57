package com.finflow.shared;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The configuration a function was deployed with: its environment variables.
 *
 * <p>On Lambda these are the process environment. The local stack runs every function in its own
 * class loader inside one JVM, so it hands each one its variables through {@link
 * #replaceForThisContainer}.
 */
public final class Environment {

  private static volatile Map<String, String> variables = System.getenv();

  private Environment() {}

  public static String required(String name) {
    String value = variables.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("environment variable " + name + " is not set");
    }
    return value;
  }

  public static Optional<String> optional(String name) {
    return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
  }

  /** The variables whose names match, by name. */
  public static Map<String, String> named(Predicate<String> name) {
    Map<String, String> matching = new TreeMap<>();
    variables.forEach(
        (key, value) -> {
          if (name.test(key) && !value.isBlank()) {
            matching.put(key, value);
          }
        });
    return matching;
  }

  /** Called by the local stack, once per container, before the handler is constructed. */
  public static void replaceForThisContainer(Map<String, String> containerVariables) {
    variables = Map.copyOf(containerVariables);
  }
}
