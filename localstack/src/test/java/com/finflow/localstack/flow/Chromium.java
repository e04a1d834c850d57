package com.finflow.localstack.flow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The system's Chromium: {@code CHROMIUM} when set, else the usual Debian and Ubuntu paths. */
final class Chromium {

  private static final List<String> KNOWN =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

  private Chromium() {}

  static Path executable() {
    return Optional.ofNullable(System.getenv("CHROMIUM"))
        .map(Path::of)
        .or(() -> KNOWN.stream().map(Path::of).filter(Files::isExecutable).findFirst())
        .filter(Files::isExecutable)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no Chromium found: install Debian's chromium package (`apt-get install"
                        + " chromium`), or set CHROMIUM to a Chromium or Chrome executable"));
  }
}
