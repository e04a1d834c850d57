package com.finflow.localstack.cashflow;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows sent so far against the total, with rows/s and the time left: a bar redrawn in place on a
 * terminal, a plain line every ten seconds otherwise (a log, a pipe, CI).
 */
final class FeedProgress implements AutoCloseable {

  private static final int BAR_WIDTH = 30;

  private final String label;
  private final long total;
  private final PrintStream out;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private final Thread reporter;

  FeedProgress(String label, long total, PrintStream out, boolean terminal) {
    this.label = label;
    this.total = total;
    this.out = out;
    this.terminal = terminal;
    this.reporter = Thread.ofPlatform().daemon().name("feed-progress").start(this::report);
  }

  void add(long rows) {
    done.addAndGet(rows);
  }

  long done() {
    return done.get();
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  private void report() {
    long interval = terminal ? 500 : 10_000;
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(interval);
        print(false);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void print(boolean last) {
    long sent = done.get();
    double seconds = Math.max(seconds(), 0.001);
    double rate = sent / seconds;
    String eta = rate > 0 && sent < total ? duration((long) ((total - sent) / rate)) : "0:00";
    int percent = total == 0 ? 100 : (int) (100 * sent / total);
    if (terminal) {
      int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * sent / total);
      out.printf(
          "\r%s [%s%s] %3d%% %,d/%,d rows  %,.0f rows/s  ETA %s ",
          label,
          "#".repeat(filled),
          " ".repeat(BAR_WIDTH - filled),
          percent,
          sent,
          total,
          rate,
          eta);
      if (last) {
        out.println();
      }
    } else {
      out.printf(
          "%s: %,d/%,d rows (%d%%), %,.0f rows/s, ETA %s%n",
          label, sent, total, percent, rate, eta);
    }
    out.flush();
  }

  private static String duration(long seconds) {
    return seconds >= 3600
        ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  @Override
  public void close() {
    reporter.interrupt();
    try {
      reporter.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    print(true);
  }
}
