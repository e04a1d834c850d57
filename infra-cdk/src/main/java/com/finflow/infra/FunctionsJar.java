package com.finflow.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shaded jar with every Lambda handler is, as built by the functions module in {@code
 * package}.
 */
public record FunctionsJar(Path path) {

  public static final String CONTEXT_KEY = "functionsJar";
  public static final String PROPERTY = "FINFLOW_FUNCTIONS_JAR";

  /** Relative to infra-cdk, where the CDK CLI runs the app. */
  public static final String DEFAULT_PATH = "../functions/target/finflow-functions.jar";

  public FunctionsJar {
    path = path.toAbsolutePath().normalize();
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "Functions jar not found at "
              + path
              + ". Build it first with "
              + "'./mvnw -pl functions package' from the repository root, or point to it with the context key "
              + CONTEXT_KEY
              + " (cdk synth -c "
              + CONTEXT_KEY
              + "=PATH) or the system property or environment "
              + "variable "
              + PROPERTY
              + ".");
    }
  }

  /**
   * The artifact of one feature's functions, built beside the jar of every function: {@code
   * finflow-<feature>.jar}.
   */
  public Path artifactOf(String feature) {
    Path artifact = path.resolveSibling("finflow-" + feature + ".jar");
    if (!Files.isRegularFile(artifact)) {
      throw new IllegalStateException(
          "The artifact of the "
              + feature
              + " functions is not at "
              + artifact
              + ". Build it with './mvnw -pl functions package' from the repository root.");
    }
    return artifact;
  }

  /**
   * The first that is set of: the context value, the system property, the environment variable, the
   * default.
   */
  public static FunctionsJar locate(Object contextValue) {
    var configured =
        Optional.ofNullable(contextValue)
            .map(Object::toString)
            .or(() -> Optional.ofNullable(System.getProperty(PROPERTY)))
            .or(() -> Optional.ofNullable(System.getenv(PROPERTY)))
            .filter(value -> !value.isBlank())
            .orElse(DEFAULT_PATH);
    return new FunctionsJar(Path.of(configured));
  }
}
