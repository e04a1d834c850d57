package com.finflow.localstack.bench;

import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.flow.RunningFinflow;
import com.finflow.localstack.lambda.FunctionDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cold starts of every function of the template that has a sample event, each in a fresh JVM with
 * Lambda-like flags ({@code -XX:TieredStopAtLevel=1}, {@code -Xmx} from the template's memory
 * size), the function's real environment against the local stack, and one real event: (a) JVM start
 * to the first response, against a hello-world handler measured alternately in the same harness;
 * (b) in another fresh JVM, the function primed as before a SnapStart snapshot, then its first
 * event (what a restored copy serves) against its own tenth warm event, and the classes that first
 * event still loads. Medians of RUNS (default 5).
 *
 * <p>Usage: {@code ColdStartBenchmark [RUNS [FUNCTION-NAME-PART...]]}.
 */
public final class ColdStartBenchmark {

  private static final Pattern FIGURE = Pattern.compile("(\\w+)=(\\d+)");

  /** With FINFLOW_COLDSTART_CLASSES set, prints the classes each primed first event loads. */
  private static final boolean LIST_CLASSES = System.getenv("FINFLOW_COLDSTART_CLASSES") != null;

  private static final Set<String> LISTED = new HashSet<>();

  private ColdStartBenchmark() {}

  record Figures(
      long initMs,
      long firstResponseMs,
      long firstEventUs,
      long warmUs,
      long classes,
      long primedSteps,
      long primingMs,
      long classesFirstEvent) {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<String> only = List.of(args).subList(Math.min(1, args.length), args.length);
    Path functionsJar = Path.of(System.getProperty("finflow.functions.jar"));
    Path testClasses = Path.of(System.getProperty("finflow.test.classes"));
    Path helloEvent = Files.createTempFile("hello", ".json");
    Files.writeString(helloEvent, "{\"hello\":\"world\"}");
    Path lambdaCore =
        Path.of(
            com.amazonaws.services.lambda.runtime.RequestHandler.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    try (LocalStackRuntime runtime =
        LocalStackRuntime.start(
            RunningFinflow.realStack(Path.of("infra-cdk/cdk.out/Finflow.template.json")))) {
      Map<String, Path> events = sampleEvents(Path.of("events"));
      List<String> skipped = new ArrayList<>();
      System.out.printf(
          "cold start: medians of %d fresh JVMs per function, hello world measured alternately%n",
          runs);
      System.out.printf(
          "one artifact of every function (the baseline): %,d bytes, %,d classes%n",
          Files.size(functionsJar), classesIn(functionsJar));
      List<FunctionDefinition> functions =
          runtime.lambda().functions().stream()
              .sorted(Comparator.comparing(ColdStartBenchmark::flow))
              .filter(f -> only.isEmpty() || only.contains(flow(f)))
              .toList();
      Map<Path, List<String>> artifacts = new java.util.TreeMap<>();
      for (FunctionDefinition function : functions) {
        Path artifact = artifactOf(runtime, function);
        artifacts.computeIfAbsent(artifact, a -> new ArrayList<>()).add(flow(function));
      }
      for (Map.Entry<Path, List<String>> artifact : artifacts.entrySet()) {
        System.out.printf(
            "artifact %s: %,d bytes, %,d classes, run by %s%n",
            artifact.getKey().getFileName(),
            Files.size(artifact.getKey()),
            classesIn(artifact.getKey()),
            String.join(", ", artifact.getValue()));
      }
      System.out.printf(
          "%-26s %8s %9s %7s %8s %6s %10s %9s %9s %7s %8s%n",
          "function",
          "init ms",
          "first ms",
          "x hello",
          "classes",
          "steps",
          "priming ms",
          "event ms",
          "warm ms",
          "x warm",
          "+classes");
      for (FunctionDefinition function : functions) {
        Optional<Path> event = eventOf(function, events);
        if (event.isEmpty()) {
          skipped.add(flow(function));
          continue;
        }
        // The local stack's function environment: Lambda's credential variables included.
        Map<String, String> environment = runtime.lambda().environmentOf(function.name());
        List<Figures> hello = new ArrayList<>();
        List<Figures> cold = new ArrayList<>();
        List<Figures> primed = new ArrayList<>();
        try {
          for (int run = 0; run < runs; run++) {
            hello.add(
                probe(
                    "cold",
                    "HelloWorld",
                    HelloWorldHandler.class.getName() + "::handleRequest",
                    function.memoryMb(),
                    helloEvent,
                    environment,
                    List.of(testClasses, lambdaCore)));
            for (String mode : List.of("cold", "primed")) {
              (mode.equals("cold") ? cold : primed)
                  .add(
                      probe(
                          mode,
                          function.name(),
                          function.handler(),
                          function.memoryMb(),
                          event.get(),
                          environment,
                          runtime.lambda().codeOf(function.name())));
            }
          }
        } catch (IllegalStateException e) {
          System.out.printf("%-26s failed: %s%n", flow(function), e.getMessage());
          continue;
        }
        double firstMs = median(cold, Figures::firstResponseMs);
        double helloMs = median(hello, Figures::firstResponseMs);
        double eventMs = median(primed, Figures::firstEventUs) / 1_000;
        double warmMs = median(primed, Figures::warmUs) / 1_000;
        System.out.printf(
            "%-26s %8.0f %9.0f %7.2f %8.0f %6.0f %10.0f %9.2f %9.2f %7.2f %8.0f%n",
            flow(function),
            median(cold, Figures::initMs),
            firstMs,
            firstMs / helloMs,
            median(cold, Figures::classes),
            median(primed, Figures::primedSteps),
            median(primed, Figures::primingMs),
            eventMs,
            warmMs,
            eventMs / warmMs,
            median(primed, Figures::classesFirstEvent));
      }
      System.out.println("no sample event (not measured): " + String.join(", ", skipped));
    }
  }

  /** The function's own artifact, as the template names it. */
  private static Path artifactOf(LocalStackRuntime runtime, FunctionDefinition function) {
    List<Path> code = runtime.lambda().codeOf(function.name());
    return code.get(code.size() - 1);
  }

  private static long classesIn(Path jar) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      return zip.stream().filter(entry -> entry.getName().endsWith(".class")).count();
    }
  }

  /** The flow a function runs: its handler's class name without {@code Handler}. */
  private static String flow(FunctionDefinition function) {
    String type = function.handler().split("::")[0];
    return type.substring(type.lastIndexOf('.') + 1).replaceFirst("Handler$", "");
  }

  /** The flow's sample event: its own feature's first, then any feature's of that name. */
  private static Optional<Path> eventOf(FunctionDefinition function, Map<String, Path> events) {
    String flow = flow(function);
    // One name per flow: the sample event of SubmitBulk is submit-bulk.json.
    String file = flow.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase() + ".json";
    String[] packages = function.handler().split("::")[0].split("\\.");
    String feature = packages.length > 2 ? packages[2] : "";
    return Optional.ofNullable(events.get(feature + "/" + file))
        .or(() -> Optional.ofNullable(events.get(file)));
  }

  /** Every sample event, by {@code feature/file.json} and by its file name alone. */
  private static Map<String, Path> sampleEvents(Path root) throws IOException {
    Map<String, Path> events = new HashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(file -> file.toString().endsWith(".json"))
          .sorted()
          .forEach(
              file -> {
                events.put(root.relativize(file).toString(), file);
                events.putIfAbsent(file.getFileName().toString(), file);
              });
    }
    return events;
  }

  private static Figures probe(
      String mode,
      String name,
      String handler,
      int memoryMb,
      Path event,
      Map<String, String> environment,
      List<Path> code)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+TieredCompilation",
                "-XX:TieredStopAtLevel=1",
                "-Xmx" + memoryMb + "m",
                LIST_CLASSES ? "-Xlog:class+load=info:stdout:none" : "-Xlog:class+load=off",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "com.finflow.localstack.lambda.ColdStartProbe",
                mode,
                name,
                handler,
                String.valueOf(memoryMb),
                event.toAbsolutePath().toString()));
    code.forEach(path -> command.add(path.toAbsolutePath().toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    String path = System.getenv("PATH");
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().put("PATH", path == null ? "/usr/bin:/bin" : path);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0 || !output.contains("probe ")) {
      // The first line, and what caused it: enough to say why without the stack traces.
      List<String> lines =
          output
              .lines()
              .filter(line -> !line.startsWith("WARNING") && !line.startsWith("Picked up"))
              .toList();
      throw new IllegalStateException(
          lines.isEmpty()
              ? "no output"
              : lines.get(0)
                  + lines.stream()
                      .filter(line -> line.startsWith("Caused by: "))
                      .map(line -> "; " + line)
                      .collect(java.util.stream.Collectors.joining()));
    }
    if (LIST_CLASSES && mode.equals("primed") && LISTED.add(name)) {
      output
          .lines()
          .dropWhile(l -> !l.equals("probe first event"))
          .takeWhile(l -> !l.equals("probe first event answered"))
          .filter(l -> l.contains(" source: "))
          .forEach(l -> System.out.println("  " + name + " loads " + l));
    }
    String line =
        output.lines().filter(l -> l.startsWith("probe ")).reduce((a, b) -> b).orElseThrow();
    Map<String, Long> figures = new HashMap<>();
    Matcher matcher = FIGURE.matcher(line);
    while (matcher.find()) {
      figures.put(matcher.group(1), Long.parseLong(matcher.group(2)));
    }
    return new Figures(
        figures.get("init_ms"),
        figures.get("first_response_ms"),
        figures.get("first_event_us"),
        figures.get("warm10_us"),
        figures.get("classes_first"),
        figures.get("primed_steps"),
        figures.get("priming_ms"),
        figures.get("classes_first_event"));
  }

  private static double median(
      List<Figures> runs, java.util.function.ToLongFunction<Figures> figure) {
    long[] values = runs.stream().mapToLong(figure).sorted().toArray();
    return values.length % 2 == 1
        ? values[values.length / 2]
        : (values[values.length / 2 - 1] + values[values.length / 2]) / 2.0;
  }
}
