package com.finflow.emulators;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** moto's server as a child process: KMS and Secrets Manager. */
public final class MotoServer implements AutoCloseable {

  private final Process process;
  private final int port;

  private MotoServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts moto without waiting, so the JVM-side emulators boot meanwhile; see {@link
   * #awaitReady()}.
   */
  public static MotoServer launch(Path venv) {
    Path executable = venv.resolve("bin").resolve("moto_server");
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException(
          "moto is not installed: "
              + executable.toAbsolutePath()
              + " is missing. Create the project's Python tools with"
              + " `source localstack/env.sh && ensure_python_tools` (or `python3 -m venv .venv &&"
              + " .venv/bin/pip install -r localstack/requirements.txt`) at the repository root, or pass --venv PATH.");
    }
    int port = FreePort.pick();
    ProcessBuilder builder =
        new ProcessBuilder(executable.toString(), "-H", "127.0.0.1", "-p", String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    // ARNs minted by moto must name the same account as everything else.
    builder.environment().put("MOTO_ACCOUNT_ID", AwsAccount.ACCOUNT_ID);
    builder.environment().put("AWS_DEFAULT_REGION", AwsAccount.REGION);
    try {
      return new MotoServer(builder.start(), port);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("could not start " + executable + ": " + e.getMessage(), e);
    }
  }

  public MotoServer awaitReady() {
    FreePort.awaitListening(
        "moto server",
        port,
        Duration.ofSeconds(60),
        () -> {
          if (!process.isAlive()) {
            throw new IllegalStateException(
                "moto server exited with code " + process.exitValue() + " before it was ready");
          }
        });
    return this;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
