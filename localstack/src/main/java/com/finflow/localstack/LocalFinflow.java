package com.finflow.localstack;

import java.util.concurrent.CountDownLatch;

/** Command line entry point: boots the local stack and keeps it running until Ctrl-C. */
public final class LocalFinflow {

  private LocalFinflow() {}

  public static void main(String[] args) throws InterruptedException {
    LocalStackConfig config;
    try {
      config = LocalStackConfig.fromArgs(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    LocalStackRuntime runtime;
    try {
      runtime = LocalStackRuntime.start(config);
    } catch (RuntimeException e) {
      System.err.println("Finflow local stack failed to start: " + e.getMessage());
      if (config.debug()) {
        e.printStackTrace();
      }
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Finflow local stack");
                  runtime.close();
                  stopped.countDown();
                },
                "shutdown"));
    StartupReport.print(runtime, config, System.out);
    stopped.await();
  }
}
