package com.finflow.localstack.lambda;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which code each function runs: the artifact its template names (the {@code S3Key} of its {@code
 * Code}), as {@code cdk synth} staged it beside the template, so every function runs on its own
 * feature's artifact as on AWS. Configured directories (test fixtures) go in front of it. A
 * function whose artifact is not staged here runs the configured code.
 *
 * @param configured the {@code --code} paths
 * @param assetDirectory where the template and its staged assets are
 * @param assetKeys each function's {@code S3Key}, by function name
 */
public record FunctionCode(
    List<Path> configured, Path assetDirectory, Map<String, String> assetKeys) {

  public FunctionCode {
    configured = List.copyOf(configured);
    assetKeys = Map.copyOf(assetKeys);
  }

  public List<Path> of(FunctionDefinition function) {
    Optional<Path> asset =
        Optional.ofNullable(assetKeys.get(function.name()))
            .map(key -> assetDirectory.resolve("asset." + key))
            .filter(Files::isRegularFile);
    if (asset.isEmpty()) {
      return configured;
    }
    List<Path> code = new ArrayList<>(configured.stream().filter(Files::isDirectory).toList());
    code.add(asset.get());
    return code;
  }
}
