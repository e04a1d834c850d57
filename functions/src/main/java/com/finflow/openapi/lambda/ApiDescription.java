package com.finflow.openapi.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI document of the whole HTTP API, as shipped in the jar. */
final class ApiDescription {

  static final String RESOURCE = "/openapi.json";

  private ApiDescription() {}

  static String text() {
    try (InputStream in = ApiDescription.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the function's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
