package com.finflow.localstack.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarized as nearest-rank percentiles in milliseconds. */
record Percentiles(long[] nanos) {

  double p(int percentile) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
  }

  String summary() {
    return String.format("p50 %7.2f ms   p95 %7.2f ms   (n=%d)", p(50), p(95), nanos.length);
  }
}
