package com.finflow.shared;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real-shaped sample events kept in the repository's {@code events/} folder. */
public final class SampleEvents {

  private SampleEvents() {}

  public static APIGatewayV2HTTPEvent httpEvent(String relativePath) {
    return EventLoader.loadApiGatewayHttpEvent(path(relativePath).toString());
  }

  public static <T> T event(String relativePath, Class<T> type) {
    return EventLoader.loadEvent(path(relativePath).toString(), type);
  }

  public static Path path(String relativePath) {
    Path path =
        Path.of(System.getProperty("finflow.events.dir", "../events")).resolve(relativePath);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no sample event at " + path.toAbsolutePath());
    }
    return path;
  }
}
