package com.finflow.localstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.cashflow.DatasetFeed;
import com.finflow.localstack.cashflow.DatasetGenerator;
import com.finflow.localstack.cashflow.DatasetSize;
import com.finflow.localstack.flow.ApiClient;
import com.finflow.localstack.flow.RunningFinflow;
import com.finflow.localstack.lambda.FunctionDefinition;
import com.finflow.localstack.provision.PhysicalResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * One loading run of the cashflow feature on the local stack: generate, boot, feed, wait until
 * ingestion has drained, count, then the bare floor for as many rows and the query latencies.
 */
final class CashflowLoad {

  static final long SEED = 20_261_201L;

  /** Writes merge within a batch: the benchmark feeds the largest ones by default. */
  static final int BATCH_ROWS = DatasetGenerator.Options.MAX_BATCH_ROWS;

  private static final int IN_FLIGHT = 8;
  private static final ObjectMapper JSON = new ObjectMapper();

  private CashflowLoad() {}

  static void run(DatasetSize size, long seed, int batchRows) throws Exception {
    Path dataset = Files.createTempDirectory("cashflow-bench-");
    DatasetGenerator.Result generated =
        DatasetGenerator.generate(
            new DatasetGenerator.Options(size, seed, batchRows, Optional.empty()), dataset);
    System.out.printf(
        "generated %s dataset, seed %d: %,d rows in %,d batches in %.1f s (%s)%n",
        size.wireName(),
        seed,
        generated.rows(),
        generated.batches(),
        generated.millis() / 1e3,
        dataset);
    try (LocalStackRuntime runtime =
        LocalStackRuntime.start(
            RunningFinflow.realStack(Path.of("infra-cdk/cdk.out/Finflow.template.json")))) {
      run(runtime, size, seed, batchRows, dataset, generated);
    } finally {
      deleteTree(dataset);
    }
  }

  private static void run(
      LocalStackRuntime runtime,
      DatasetSize size,
      long seed,
      int batchRows,
      Path dataset,
      DatasetGenerator.Result generated)
      throws Exception {
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    Admin admin = Admin.signUp(api);
    String ingestionQueue = queue(runtime, "CashflowIngestionQueue", false);
    List<String> drained = List.of(ingestionQueue, queue(runtime, "CashflowReleaseQueue", false));
    List<String> deadLetters =
        List.of(
            queue(runtime, "CashflowIngestionQueue", true),
            queue(runtime, "CashflowReleaseQueue", true));
    FunctionDefinition ingest =
        runtime.lambda().functions().stream()
            .filter(function -> function.logicalId().startsWith("IngestBatch"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no cashflow ingestion function"));

    HeapSampler heap = HeapSampler.start();
    Map<String, Long> operationsBefore = runtime.traffic().dynamoDbOperations();
    long itemWritesBefore = runtime.traffic().dynamoDbItemWrites();
    long invocationsBefore = runtime.lambda().invocationsOf(ingest.name());
    long started = System.nanoTime();
    DatasetFeed.Summary fed;
    long drainedAt;
    try (SqsClient sqs = sqs(runtime)) {
      fed =
          DatasetFeed.run(
              new DatasetFeed.Options(
                  dataset,
                  runtime.httpBaseUrl(),
                  admin.login(api),
                  ingestionQueue,
                  Optional.of(runtime.awsEndpoint()),
                  Optional.empty(),
                  IN_FLIGHT,
                  Optional.empty(),
                  false,
                  0),
              System.out);
      drainedAt = waitUntilDrained(sqs, drained);
      long dead = 0;
      for (String queue : deadLetters) {
        dead += depth(sqs, queue);
      }
      if (dead != 0) {
        System.out.printf("WARNING: %d messages in the cashflow dead-letter queues%n", dead);
      }
    }
    HeapSampler.Peaks peaks = heap.stop();
    long loadNanos = drainedAt - started;
    Map<String, Long> operations =
        difference(runtime.traffic().dynamoDbOperations(), operationsBefore);
    long itemWrites = runtime.traffic().dynamoDbItemWrites() - itemWritesBefore;
    long invocations = runtime.lambda().invocationsOf(ingest.name()) - invocationsBefore;

    long rows = generated.rows();
    CashflowBenchmark.Floor floor;
    try (DynamoDbClient dynamoDb = CashflowBenchmark.client(runtime.awsEndpoint())) {
      floor = CashflowBenchmark.floor(dynamoDb, rows, CashflowBenchmark.WRITERS);
    }

    long requests = operations.values().stream().mapToLong(Long::longValue).sum();
    System.out.println();
    System.out.printf(
        "Cashflow loading on the local stack: %s dataset, seed %d, %,d companies%n",
        size.wireName(), seed, size.companies());
    System.out.printf(
        "  rows                     : %,10d   in %,d messages of up to %,d rows, %d in flight%n",
        rows, fed.messages(), batchRows, IN_FLIGHT);
    System.out.printf(
        "  total time               : %10.1f s   (companies and rates PUT, batches queued in %.1f s,"
            + " until the cashflow queues were empty)%n",
        loadNanos / 1e9, fed.seconds());
    System.out.printf("  rows/s                   : %,10.0f%n", rows / (loadNanos / 1e9));
    System.out.printf(
        "  ingestion invocations    : %,10d   (%s, %d MB in the template)%n",
        invocations, ingest.name(), ingest.memoryMb());
    System.out.printf(
        "  DynamoDB requests per row: %10.3f   (%,d requests, company and rate PUTs included)%n",
        (double) requests / rows, requests);
    operations.forEach(
        (operation, count) ->
            System.out.printf(
                "    %-22s : %10.3f   (%,d)%n", operation, (double) count / rows, count));
    System.out.printf(
        "  item writes per row      : %10.3f   (%,d items put, updated or deleted, as requested)%n",
        (double) itemWrites / rows, itemWrites);
    System.out.printf(
        "  JVM heap, whole stack    : %,10.0f MB peak used, %,.0f MB peak live after GC, %,.0f MB"
            + " live after boot%n",
        peaks.usedBytes() / 1e6, peaks.liveBytes() / 1e6, peaks.baselineBytes() / 1e6);
    System.out.println(
        "                             (sampled every 100 ms; one JVM holds every function container,"
            + " DynamoDB Local's in-memory tables, ElasticMQ and the API: an upper bound for the"
            + " ingestion function)");
    System.out.printf(
        "  DynamoDB Local floor     : %10.1f s   (%,.0f rows/s: BatchWriteItem of 25 bare rows, %d"
            + " writers, same endpoint, after the load)%n",
        floor.seconds(), floor.rowsPerSecond(), floor.writers());
    System.out.printf("  load / floor             : %10.2fx%n", (double) loadNanos / floor.nanos());
    // An access token outlives a small load but not a medium one: the queries log in again.
    String token = admin.login(api);
    CashflowQueries.measure(api, token, companyIds(dataset), seed);
  }

  /** An organization's admin signed up through the API, who can log in again when asked. */
  private record Admin(String email, String password) {
    static Admin signUp(ApiClient api) {
      Admin admin =
          new Admin(
              "treasurer-" + UUID.randomUUID() + "@example.com",
              "correct horse " + UUID.randomUUID());
      String body =
          JSON.createObjectNode()
              .put("email", admin.email())
              .put("password", admin.password())
              .put("organization_name", "Cashflow bench " + UUID.randomUUID())
              .toString();
      ApiClient.Reply registered = api.post("/auth/register", Optional.empty(), body);
      if (registered.status() != 201) {
        throw new IllegalStateException("sign-up answered " + registered.status());
      }
      return admin;
    }

    String login(ApiClient api) {
      String body =
          JSON.createObjectNode().put("email", email).put("password", password).toString();
      ApiClient.Reply login = api.post("/auth/login", Optional.empty(), body);
      if (login.status() != 200) {
        throw new IllegalStateException("login answered " + login.status());
      }
      return login.json().get("access_token").asText();
    }
  }

  /**
   * Polls the queues until they show no message, visible or in flight, three times in a row; the
   * answer is when the first of those polls was sent.
   */
  private static long waitUntilDrained(SqsClient sqs, List<String> queues)
      throws InterruptedException {
    int empty = 0;
    long firstEmpty = 0;
    while (empty < 3) {
      long polled = System.nanoTime();
      long depth = 0;
      for (String queue : queues) {
        depth += depth(sqs, queue);
      }
      if (depth == 0) {
        firstEmpty = empty == 0 ? polled : firstEmpty;
        empty++;
      } else {
        empty = 0;
      }
      Thread.sleep(200);
    }
    return firstEmpty;
  }

  private static long depth(SqsClient sqs, String queue) {
    Map<QueueAttributeName, String> attributes =
        sqs.getQueueAttributes(
                request ->
                    request
                        .queueUrl(queue)
                        .attributeNames(
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
            .attributes();
    return attributes.values().stream().mapToLong(Long::parseLong).sum();
  }

  private static String queue(LocalStackRuntime runtime, String name, boolean deadLetter) {
    return runtime.stack().ofType("AWS::SQS::Queue").stream()
        .filter(queue -> queue.logicalId().contains(name))
        .filter(queue -> queue.logicalId().contains("DeadLetter") == deadLetter)
        .map(PhysicalResource::ref)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no queue " + name + " in the template"));
  }

  private static SqsClient sqs(LocalStackRuntime runtime) {
    return com.finflow.localstack.TestClients.sqs(runtime.awsEndpoint());
  }

  private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
    Map<String, Long> difference = new java.util.TreeMap<>();
    after.forEach(
        (operation, count) -> {
          long delta = count - before.getOrDefault(operation, 0L);
          if (delta > 0) {
            difference.put(operation, delta);
          }
        });
    return difference;
  }

  private static List<String> companyIds(Path dataset) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(dataset.resolve("companies.jsonl"))) {
      if (!line.isBlank()) {
        ids.add(JSON.readTree(line).get("company_id").asText());
      }
    }
    return ids;
  }

  private static void deleteTree(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(CashflowLoad::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JVM's heap every 100 ms: the most used, and the most still live after a collection (the
   * heap pools' usage after their last GC, summed).
   */
  private static final class HeapSampler {
    record Peaks(long usedBytes, long liveBytes, long baselineBytes) {}

    private final AtomicLong used = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final long baseline;
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler(long baseline) {
      this.baseline = baseline;
      this.thread = Thread.ofPlatform().daemon().name("heap-sampler").unstarted(this::sample);
    }

    static HeapSampler start() {
      System.gc();
      HeapSampler sampler = new HeapSampler(live());
      sampler.thread.start();
      return sampler;
    }

    Peaks stop() throws InterruptedException {
      running = false;
      thread.join();
      return new Peaks(used.get(), live.get(), baseline);
    }

    private void sample() {
      while (running) {
        used.accumulateAndGet(
            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        live.accumulateAndGet(live(), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private static long live() {
      long bytes = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        MemoryUsage afterCollection = pool.getCollectionUsage();
        if (pool.getType() == MemoryType.HEAP && afterCollection != null) {
          bytes += afterCollection.getUsed();
        }
      }
      return bytes;
    }
  }
}
