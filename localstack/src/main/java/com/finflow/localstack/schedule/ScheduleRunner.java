package com.finflow.localstack.schedule;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.emulators.AwsAccount;
import com.finflow.localstack.lambda.InvocationResult;
import com.finflow.localstack.lambda.LambdaRuntime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Fires scheduled rules at their rate, or at one fixed period when the caller wants them sooner;
 * rules of an hour or more also run once at start, before the stack reports ready.
 */
public final class ScheduleRunner implements AutoCloseable {

  private static final Duration RUN_AT_START_FROM = Duration.ofHours(1);
  private static final int RUNS_AT_START = 3;

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          work -> {
            Thread thread = new Thread(work, "scheduled-rules");
            thread.setDaemon(true);
            return thread;
          });

  public ScheduleRunner(
      List<ScheduledTarget> targets, LambdaRuntime lambda, Optional<Duration> periodOverride) {
    for (ScheduledTarget target : targets) {
      long period = periodOverride.orElse(target.period()).toMillis();
      // A rule of an hour or more also runs once before the stack reports ready: a fresh local
      // stack should not wait an hour for what such a rule fetches (the reference rates), and
      // tests should not see it arrive halfway through.
      if (target.period().compareTo(RUN_AT_START_FROM) >= 0) {
        runAtStart(lambda, target);
      }
      timer.scheduleAtFixedRate(
          () -> lambda.invoke(target.function(), event(target)),
          period,
          period,
          TimeUnit.MILLISECONDS);
    }
  }

  /** A few tries, as a failed run would otherwise wait an hour; then the stack starts anyway. */
  private static void runAtStart(LambdaRuntime lambda, ScheduledTarget target) {
    for (int attempt = 1; attempt <= RUNS_AT_START; attempt++) {
      if (lambda.invoke(target.function(), event(target)) instanceof InvocationResult.Success) {
        return;
      }
    }
    System.err.println(
        "the scheduled function "
            + target.function()
            + " failed "
            + RUNS_AT_START
            + " times at start");
  }

  private static String event(ScheduledTarget target) {
    if (target.input().isPresent()) {
      return target.input().get();
    }
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    event.put("version", "0");
    event.put("id", UUID.randomUUID().toString());
    event.put("detail-type", "Scheduled Event");
    event.put("source", "aws.events");
    event.put("account", AwsAccount.ACCOUNT_ID);
    event.put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    event.put("region", AwsAccount.REGION);
    event.putArray("resources").add(target.ruleArn());
    event.putObject("detail");
    return event.toString();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
