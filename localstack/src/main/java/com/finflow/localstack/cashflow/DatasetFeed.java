package com.finflow.localstack.cashflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.emulators.AwsAccount;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Feeds a dataset to a running Finflow: companies and exchange rates over the HTTP API (PUT, as an
 * admin), then every batch as one message on the ingestion queue with the organization in the
 * {@code organization_id} attribute, several in flight.
 */
public final class DatasetFeed {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ATTEMPTS = 6;

  /**
   * Where to feed and how. The organization defaults to the token's {@code org} claim. With an SQS
   * endpoint (the local stack), the local account's credentials and region are used unless the
   * environment names others.
   */
  public record Options(
      Path directory,
      URI api,
      String token,
      String queueUrl,
      Optional<URI> sqsEndpoint,
      Optional<String> organizationId,
      int inFlight,
      Optional<Long> shuffleSeed,
      boolean twice,
      double duplicateShare) {

    public Options {
      if (inFlight < 1 || inFlight > 256) {
        throw new IllegalArgumentException("--in-flight must be 1 to 256, not " + inFlight);
      }
    }
  }

  /** What was sent and how fast. */
  public record Summary(int companies, int rates, int messages, long rows, double seconds) {
    public String line() {
      return String.format(
          "fed %,d companies, %,d exchange rates, %,d messages (%,d rows) in %.1f s: %,.0f rows/s"
              + " queued",
          companies, rates, messages, rows, seconds, rows / Math.max(seconds, 0.001));
    }
  }

  private DatasetFeed() {}

  public static Summary run(Options options, PrintStream out) {
    String organization = options.organizationId().orElseGet(() -> organizationOf(options.token()));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    long started = System.nanoTime();
    List<String> companies = lines(options.directory().resolve(DatasetFiles.COMPANIES));
    List<String> rates = lines(options.directory().resolve(DatasetFiles.RATES));
    inParallel(
        options.inFlight(),
        companies.size(),
        index -> {
          ObjectNode company = parse(companies.get(index));
          String id = company.remove("company_id").asText();
          put(http, options, "/cashflow/companies/" + segment(id), company);
        });
    out.printf("PUT %,d companies%n", companies.size());
    inParallel(
        options.inFlight(),
        rates.size(),
        index -> {
          ObjectNode rate = parse(rates.get(index));
          String currency = rate.remove("currency").asText();
          put(http, options, "/cashflow/exchange-rates/" + segment(currency), rate);
        });
    out.printf("PUT %,d exchange rates%n", rates.size());

    try (BatchFile batches = BatchFile.open(options.directory().resolve(DatasetFiles.BATCHES));
        SqsClient sqs = sqs(options)) {
      FeedPlan plan =
          FeedPlan.of(
              batches.batches(), options.shuffleSeed(), options.twice(), options.duplicateShare());
      long rows = 0;
      for (int line : plan.deliveries()) {
        rows += batches.rows(line);
      }
      Map<String, MessageAttributeValue> attributes =
          Map.of(
              "organization_id",
              MessageAttributeValue.builder().dataType("String").stringValue(organization).build());
      try (FeedProgress progress =
          new FeedProgress("batches", rows, out, System.console() != null)) {
        inParallel(
            options.inFlight(),
            plan.deliveries().size(),
            index -> {
              int line = plan.deliveries().get(index);
              String body = batches.line(line);
              send(sqs, options.queueUrl(), body, attributes);
              progress.add(batches.rows(line));
            });
      }
      return new Summary(
          companies.size(),
          rates.size(),
          plan.deliveries().size(),
          rows,
          (System.nanoTime() - started) / 1e9);
    }
  }

  /** The {@code org} claim of a JWT access token, read without checking it: the API will. */
  static String organizationOf(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("--token is no JWT: give --organization-id instead");
    }
    JsonNode claims =
        parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    JsonNode org = claims.path("org");
    if (!org.isTextual()) {
      throw new IllegalArgumentException("--token has no org claim: give --organization-id");
    }
    return org.asText();
  }

  private static SqsClient sqs(Options options) {
    SqsClientBuilder builder = SqsClient.builder().httpClient(UrlConnectionHttpClient.create());
    options
        .sqsEndpoint()
        .ifPresent(
            endpoint -> {
              builder.endpointOverride(endpoint);
              if (System.getenv("AWS_REGION") == null) {
                builder.region(Region.of(AwsAccount.REGION));
              }
              if (System.getenv("AWS_ACCESS_KEY_ID") == null) {
                builder.credentialsProvider(
                    StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(
                            AwsAccount.ACCESS_KEY_ID, AwsAccount.SECRET_ACCESS_KEY)));
              }
            });
    return builder.build();
  }

  private static void send(
      SqsClient sqs, String queueUrl, String body, Map<String, MessageAttributeValue> attributes) {
    for (int attempt = 1; ; attempt++) {
      try {
        sqs.sendMessage(
            request -> request.queueUrl(queueUrl).messageBody(body).messageAttributes(attributes));
        return;
      } catch (AwsServiceException e) {
        if (e.awsErrorDetails() != null && "MessageTooLong".equals(e.awsErrorDetails().errorCode())
            || e.statusCode() < 500 && !e.isThrottlingException()) {
          throw new IllegalStateException(
              "the queue refused a batch ("
                  + e.getMessage()
                  + "); a smaller generate --batch-rows may fit its message size",
              e);
        }
        if (attempt == ATTEMPTS) {
          throw e;
        }
        backOff(attempt);
      } catch (SdkException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        backOff(attempt);
      }
    }
  }

  private static void put(HttpClient http, Options options, String path, JsonNode body) {
    String base = options.api().toString().replaceAll("/+$", "");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + options.token())
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    for (int attempt = 1; ; attempt++) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status / 100 == 2) {
          return;
        }
        // Throttled or a server fault: worth another try; anything else is the dataset's fault.
        if ((status != 429 && status / 100 != 5) || attempt == ATTEMPTS) {
          throw new IllegalStateException(
              "PUT " + path + " answered " + status + ": " + response.body());
        }
      } catch (IOException e) {
        if (attempt == ATTEMPTS) {
          throw new UncheckedIOException("PUT " + path + " failed", e);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted during PUT " + path, e);
      }
      backOff(attempt);
    }
  }

  private static void inParallel(int threads, int count, IntConsumer task) {
    AtomicInteger next = new AtomicInteger();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> workers = new ArrayList<>();
      for (int worker = 0; worker < threads; worker++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int index = next.getAndIncrement();
                      index < count;
                      index = next.getAndIncrement()) {
                    task.accept(index);
                  }
                }));
      }
      for (Future<?> worker : workers) {
        try {
          worker.get();
        } catch (ExecutionException e) {
          // Stop the other workers at their next item: the first failure ends the feed.
          next.set(count);
          throw e.getCause() instanceof RuntimeException runtime
              ? runtime
              : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(100L << Math.min(attempt, 6));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
