package com.finflow.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The code of the test functions: this module's test classes, and Joda-Time, which the runtime's
 * event serializer loads for handlers with typed events. Lambda does not provide it, so such a
 * function ships it, and so do these. Both are directories: a function that runs its feature's
 * artifact keeps the configured directories in front of it, and only those.
 */
public final class FixtureCode {

  private FixtureCode() {}

  public static synchronized List<Path> paths() {
    String testClasses = System.getProperty("finflow.test.classes");
    if (testClasses == null) {
      throw new IllegalStateException(
          "system property finflow.test.classes is not set; run the tests through Maven");
    }
    Path classes = Path.of(testClasses);
    Path jodaTime = classes.resolveSibling("fixture-joda-time");
    if (!Files.isDirectory(jodaTime)) {
      unpack(jarOf(org.joda.time.DateTime.class), jodaTime);
    }
    return List.of(classes, jodaTime);
  }

  private static Path jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Unpacks into a sibling first, then moves it in place, so a half-unpacked copy is never used.
   */
  private static void unpack(Path jar, Path directory) {
    try {
      Path partial = Files.createTempDirectory(directory.getParent(), "unpacking-");
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          Path target = partial.resolve(entry.getName()).normalize();
          if (!target.startsWith(partial)) {
            continue;
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            copy(zip, target);
          }
        }
      }
      Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack " + jar, e);
    }
  }

  private static void copy(InputStream from, Path to) throws IOException {
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }
}
