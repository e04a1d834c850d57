package com.finflow.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The code of the test functions: this module's test classes, and Joda-Time, which the runtime's
 * event serializer loads for handlers with typed events. Lambda does not provide it, so such a
 * function ships it, and so do these. Both are directories (the build unpacks Joda-Time): a
 * function that runs its feature's artifact keeps the configured directories in front of it, and
 * only those.
 */
public final class FixtureCode {

  private FixtureCode() {}

  public static List<Path> paths() {
    Path classes = Path.of(required("finflow.test.classes"));
    Path jodaTime = Path.of(required("finflow.fixture.joda-time"));
    if (!Files.isDirectory(jodaTime.resolve("org/joda/time"))) {
      throw new IllegalStateException(
          jodaTime
              + " holds no Joda-Time classes: run the tests through Maven, which unpacks them");
    }
    return List.of(classes, jodaTime);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + property + " is not set; run the tests through Maven");
    }
    return value;
  }
}
