package com.finflow.localstack;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The code of the test functions: this module's test classes, and Joda-Time, which the runtime's
 * event serializer loads for handlers with typed events. Lambda does not provide it, so such a
 * function ships it, and so do these.
 */
public final class FixtureCode {

  private FixtureCode() {}

  public static List<Path> paths() {
    String testClasses = System.getProperty("finflow.test.classes");
    if (testClasses == null) {
      throw new IllegalStateException(
          "system property finflow.test.classes is not set; run the tests through Maven");
    }
    try {
      Path jodaTime =
          Path.of(
              org.joda.time.DateTime.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      return List.of(Path.of(testClasses), jodaTime);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
