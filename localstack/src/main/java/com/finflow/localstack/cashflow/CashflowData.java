package com.finflow.localstack.cashflow;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command line of {@code ./localstack/cashflow-data}: {@code generate} writes a dataset, {@code
 * feed} sends one to a running stack.
 */
public final class CashflowData {

  static final String USAGE =
      """
      usage:
        cashflow-data generate --size small|medium|large --seed N --out DIR
                               [--batch-rows 1000] [--withhold-rate CURRENCY]
        cashflow-data feed --dir DIR --api URL --token T --queue-url Q
                           [--sqs-endpoint E] [--organization-id ORG] [--in-flight 8]
                           [--shuffle-seed N] [--twice] [--duplicate-share 0.1]
        cashflow-data serve --dir DIR [--port 8093] [--error-rate 0] [--crash-rate 0]
                            [--drop-rate 0] [--truncate-rate 0] [--latency-ms 0] [--seed 42]""";

  private CashflowData() {}

  public static void main(String[] args) {
    try {
      System.exit(run(args));
    } catch (IllegalArgumentException e) {
      System.err.println("cashflow-data: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
  }

  static int run(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("a command is needed");
    }
    List<String> rest = List.of(args).subList(1, args.length);
    return switch (args[0]) {
      case "generate" -> generate(Flags.parse(rest, Set.of()));
      case "feed" -> feed(Flags.parse(rest, Set.of("--twice")));
      case "serve" -> serve(Flags.parse(rest, Set.of()));
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    };
  }

  private static int generate(Flags flags) {
    DatasetGenerator.Options options =
        new DatasetGenerator.Options(
            DatasetSize.of(flags.required("--size")),
            flags.number("--seed", Optional.empty()),
            (int)
                flags.number(
                    "--batch-rows",
                    Optional.of((long) DatasetGenerator.Options.DEFAULT_BATCH_ROWS)),
            flags.optional("--withhold-rate"));
    Path out = Path.of(flags.required("--out"));
    flags.refuseUnread();
    DatasetGenerator.Result result = DatasetGenerator.generate(options, out);
    System.out.printf(
        "generated %s (seed %d): %,d rows in %,d batches in %.1f s%n",
        options.size().wireName(),
        options.seed(),
        result.rows(),
        result.batches(),
        result.millis() / 1000.0);
    for (String file :
        List.of(
            DatasetFiles.COMPANIES,
            DatasetFiles.RATES,
            DatasetFiles.WITHHELD_RATES,
            DatasetFiles.BATCHES,
            DatasetFiles.MANIFEST)) {
      System.out.printf("  %-22s %,15d bytes%n", file, size(out.resolve(file)));
    }
    return 0;
  }

  private static int feed(Flags flags) {
    DatasetFeed.Options options =
        new DatasetFeed.Options(
            Path.of(flags.required("--dir")),
            URI.create(flags.required("--api")),
            flags.required("--token"),
            flags.required("--queue-url"),
            flags.optional("--sqs-endpoint").map(URI::create),
            flags.optional("--organization-id"),
            (int) flags.number("--in-flight", Optional.of(8L)),
            flags.optional("--shuffle-seed").map(Long::parseLong),
            flags.present("--twice"),
            flags.optional("--duplicate-share").map(Double::parseDouble).orElse(0.0));
    flags.refuseUnread();
    DatasetFeed.Summary summary = DatasetFeed.run(options, System.out);
    System.out.println(summary.line());
    return 0;
  }

  private static int serve(Flags flags) {
    Path directory = Path.of(flags.required("--dir"));
    int port = (int) flags.number("--port", Optional.of(8093L));
    SandboxFeedServer.Faults faults =
        new SandboxFeedServer.Faults(
            rate(flags, "--error-rate"),
            rate(flags, "--crash-rate"),
            rate(flags, "--drop-rate"),
            rate(flags, "--truncate-rate"),
            (int) flags.number("--latency-ms", Optional.of(0L)),
            flags.number("--seed", Optional.of(42L)));
    flags.refuseUnread();
    SandboxFeedServer server = SandboxFeedServer.start(directory, port, faults);
    System.out.printf(
        "serving %s as a data API on %s (%d SEPA and %d SWIFT pages); %s%n",
        directory, server.baseUrl(), server.pages(Source.SEPA), server.pages(Source.SWIFT), faults);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static double rate(Flags flags, String name) {
    return flags.optional(name).map(Double::parseDouble).orElse(0.0);
  }

  private static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * {@code --name value} pairs and bare switches; every flag given must be one the command reads.
   */
  private static final class Flags {
    private final Map<String, String> values;
    private final Set<String> read = new HashSet<>();

    private Flags(Map<String, String> values) {
      this.values = values;
    }

    static Flags parse(List<String> args, Set<String> switches) {
      Map<String, String> values = new HashMap<>();
      List<String> queue = new ArrayList<>(args);
      while (!queue.isEmpty()) {
        String name = queue.removeFirst();
        if (!name.startsWith("--")) {
          throw new IllegalArgumentException("unexpected argument " + name);
        }
        if (switches.contains(name)) {
          values.put(name, "true");
        } else if (queue.isEmpty()) {
          throw new IllegalArgumentException(name + " needs a value");
        } else {
          values.put(name, queue.removeFirst());
        }
      }
      return new Flags(values);
    }

    String required(String name) {
      return optional(name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
    }

    Optional<String> optional(String name) {
      read.add(name);
      return Optional.ofNullable(values.get(name));
    }

    boolean present(String name) {
      return optional(name).isPresent();
    }

    long number(String name, Optional<Long> fallback) {
      Optional<String> value = optional(name);
      if (value.isEmpty()) {
        return fallback.orElseThrow(() -> new IllegalArgumentException(name + " is required"));
      }
      try {
        return Long.parseLong(value.get());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a whole number, not " + value.get());
      }
    }

    void refuseUnread() {
      for (String name : values.keySet()) {
        if (!read.contains(name)) {
          throw new IllegalArgumentException("unknown option " + name);
        }
      }
    }
  }
}
