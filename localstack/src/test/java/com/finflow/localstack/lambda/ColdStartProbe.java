package com.finflow.localstack.lambda;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One cold start, in a JVM of its own, as the local stack's containers run a function: the
 * function's code in its own class loader, its environment from this process's, the Lambda
 * runtime's serializer for its event. Prints one line: milliseconds from JVM start to the end of
 * init and to the first response, the first event alone, the tenth warm event, and the classes
 * loaded after init and after the first event.
 *
 * <p>In {@code primed} mode the function's priming runs after init, as before a SnapStart snapshot,
 * and the first event is then what a restored copy serves: it prints also the steps primed, the
 * priming's milliseconds and classes, and the classes the first event still loads.
 *
 * <p>Arguments: mode ({@code cold} or {@code primed}), name, handler, memory in MB, the event's
 * file, then the code's paths.
 */
public final class ColdStartProbe {

  private static final int WARM = 10;

  private ColdStartProbe() {}

  /**
   * One invocation; an error the function raises (the authorizer's {@code Unauthorized} for the
   * sample's token) is its answer too, as Lambda returns it.
   */
  private static void answer(
      FunctionContainer container, String event, FunctionDefinition function, String requestId)
      throws Throwable {
    try {
      container.invoke(event, function.arn(), requestId);
    } catch (RuntimeException raisedByTheFunction) {
      // its error response is the answer
    }
  }

  public static void main(String[] args) throws Throwable {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    boolean primed = args[0].equals("primed");
    args = Arrays.copyOfRange(args, 1, args.length);
    String name = args[0];
    FunctionDefinition function =
        new FunctionDefinition(
            name,
            name,
            args[1],
            System.getenv(),
            Duration.ofSeconds(30),
            Integer.parseInt(args[2]));
    String event = Files.readString(Path.of(args[3]));
    List<Path> code = Arrays.stream(args).skip(4).map(Path::of).toList();
    var classes = ManagementFactory.getClassLoadingMXBean();

    FunctionContainer container =
        FunctionContainer.create(function, LambdaRuntime.classPath(code), System.getenv());
    long initialized = System.currentTimeMillis();
    long classesAfterInit = classes.getTotalLoadedClassCount();
    int primedSteps = 0;
    long primingMs = 0;
    if (primed) {
      long primingStart = System.nanoTime();
      primedSteps = container.prime();
      container.warmRuntime();
      primingMs = (System.nanoTime() - primingStart) / 1_000_000;
    }
    long classesBeforeFirst = classes.getTotalLoadedClassCount();
    long firstStart = System.nanoTime();
    // Marks, in a class-loading log (-Xlog:class+load), where the first event's classes begin and
    // end.
    System.out.println("probe first event");
    answer(container, event, function, "cold-1");
    long firstNanos = System.nanoTime() - firstStart;
    System.out.println("probe first event answered");
    long answered = System.currentTimeMillis();
    long classesAfterFirst = classes.getTotalLoadedClassCount();
    long warmNanos = 0;
    for (int i = 2; i <= WARM; i++) {
      long start = System.nanoTime();
      answer(container, event, function, "warm-" + i);
      warmNanos = System.nanoTime() - start;
    }
    System.out.printf(
        "probe init_ms=%d first_response_ms=%d first_event_us=%d warm10_us=%d classes_init=%d"
            + " classes_first=%d primed_steps=%d priming_ms=%d classes_priming=%d"
            + " classes_first_event=%d%n",
        initialized - jvmStart,
        answered - jvmStart,
        firstNanos / 1_000,
        warmNanos / 1_000,
        classesAfterInit,
        classesAfterFirst,
        primedSteps,
        primingMs,
        classesBeforeFirst - classesAfterInit,
        classesAfterFirst - classesBeforeFirst);
  }
}
