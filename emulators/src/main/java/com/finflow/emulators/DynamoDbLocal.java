package com.finflow.emulators;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** DynamoDB Local, embedded. One shared database whatever the caller's credentials or region. */
public final class DynamoDbLocal implements AutoCloseable {

  private final DynamoDBProxyServer server;
  private final int port;

  private DynamoDbLocal(DynamoDBProxyServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * @param dataDirectory empty for in-memory tables, otherwise where the tables survive restarts
   */
  public static DynamoDbLocal start(Optional<Path> dataDirectory) {
    int port = FreePort.pick();
    List<String> args =
        new ArrayList<>(List.of("-port", String.valueOf(port), "-sharedDb", "-disableTelemetry"));
    if (dataDirectory.isPresent()) {
      try {
        Files.createDirectories(dataDirectory.get());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      args.addAll(List.of("-dbPath", dataDirectory.get().toAbsolutePath().toString()));
    } else {
      args.add("-inMemory");
    }
    try {
      DynamoDBProxyServer server =
          ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
      server.start();
      FreePort.awaitListening(
          "DynamoDB Local", port, Duration.ofSeconds(30), FreePort.ProcessHandleCheck.none());
      return new DynamoDbLocal(server, port);
    } catch (Exception e) {
      throw new IllegalStateException("DynamoDB Local failed to start: " + e.getMessage(), e);
    }
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      System.err.println("DynamoDB Local did not stop cleanly: " + e.getMessage());
    }
  }
}
