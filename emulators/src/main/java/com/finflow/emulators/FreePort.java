package com.finflow.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/** Ports for emulators that cannot be asked to pick their own (DynamoDB Local refuses port 0). */
public final class FreePort {

  private FreePort() {}

  public static int pick() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free local port", e);
    }
  }

  /**
   * Waits until something accepts connections on the port, so callers never race a booting
   * emulator.
   */
  public static void awaitListening(
      String what, int port, Duration timeout, ProcessHandleCheck alive) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      alive.check();
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        sleep(50);
      }
    }
    throw new IllegalStateException(
        what + " did not start listening on port " + port + " within " + timeout.toSeconds() + "s");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an emulator", e);
    }
  }

  /** Lets a wait stop early when the process it waits for has already died. */
  @FunctionalInterface
  public interface ProcessHandleCheck {
    void check();

    static ProcessHandleCheck none() {
      return () -> {};
    }
  }
}
