package com.finflow.localstack.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionCodeTest {

  private static final FunctionDefinition GET_BULK =
      new FunctionDefinition(
          "GetBulk",
          "Finflow-GetBulk",
          "com.finflow.transfers.lambda.GetBulkHandler::handleRequest",
          Map.of(),
          Duration.ofSeconds(3),
          512);

  @Test
  void aFunctionRunsTheArtifactItsTemplateNamesAfterTheFixtureDirectories(@TempDir Path dir)
      throws Exception {
    Path fixtures = Files.createDirectories(dir.resolve("test-classes"));
    Path everything = Files.writeString(dir.resolve("finflow-functions.jar"), "jar");
    Path staged = Files.writeString(dir.resolve("asset.abc123.jar"), "jar");

    FunctionCode code =
        new FunctionCode(
            List.of(fixtures, everything), dir, Map.of("Finflow-GetBulk", "abc123.jar"));

    assertThat(code.of(GET_BULK)).containsExactly(fixtures, staged);
  }

  @Test
  void aFunctionWhoseArtifactIsNotStagedRunsTheConfiguredCode(@TempDir Path dir) throws Exception {
    Path everything = Files.writeString(dir.resolve("finflow-functions.jar"), "jar");

    FunctionCode code =
        new FunctionCode(List.of(everything), dir, Map.of("Finflow-GetBulk", "missing.jar"));

    assertThat(code.of(GET_BULK)).containsExactly(everything);
  }
}
