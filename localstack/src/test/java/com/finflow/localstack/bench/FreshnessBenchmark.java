package com.finflow.localstack.bench;

import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.flow.ApiClient;
import com.finflow.localstack.flow.RunningFinflow;
import com.finflow.localstack.personal.AnalyticsWriter;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How soon analytics reflect a write, against the local stack: a user records transactions one at a
 * time (200 by default) and after each, analytics are read until they count it; prints p50, p95 and
 * the maximum of those waits.
 */
public final class FreshnessBenchmark {

  private static final long SEED = 20261203;

  public static void main(String[] args) {
    int writes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    try (LocalStackRuntime runtime =
        LocalStackRuntime.start(
            RunningFinflow.realStack(Path.of("infra-cdk/cdk.out/Finflow.template.json")))) {
      AnalyticsWriter writer = AnalyticsWriter.signUp(new ApiClient(runtime.httpBaseUrl()), SEED);
      System.out.printf("freshness bench: %d writes one at a time, seed %d%n", writes, SEED);
      long[] lags = new long[writes];
      for (int i = 0; i < writes; i++) {
        lags[i] = writer.writeAndAwait();
      }
      Arrays.sort(lags);
      System.out.printf(
          "freshness bench: after a write, analytics reflected it in p50 %.0f ms, p95 %.0f ms,"
              + " max %.0f ms over %d writes%n",
          lags[writes / 2] / 1e6,
          lags[(int) Math.ceil(writes * 0.95) - 1] / 1e6,
          lags[writes - 1] / 1e6,
          writes);
    }
  }
}
