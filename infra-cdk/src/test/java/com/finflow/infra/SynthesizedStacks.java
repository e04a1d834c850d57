package com.finflow.infra;

import com.finflow.infra.compute.JavaFunctionProps;
import com.finflow.infra.messaging.QueueWithDeadLetterProps;
import com.finflow.infra.storage.EncryptedTableProps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The stacks under test, synthesized once per test run: the real Finflow stack as the app defines
 * it, and a Finflow stack with a sample feature that uses every reusable construct (a consumed
 * queue, a table with TTL and an index, a route behind the Lambda authorizer).
 */
public final class SynthesizedStacks {

  public static final String SAMPLE_QUEUE = "Payments";
  public static final String SAMPLE_TABLE = "Idempotency";
  public static final String SAMPLE_TTL_ATTRIBUTE = "expiresAt";
  public static final int SAMPLE_MAX_RECEIVE_COUNT = 7;
  public static final int SAMPLE_BATCH_SIZE = 5;
  public static final int SAMPLE_CONSUMER_TIMEOUT_SECONDS = 30;

  /** Adds what a typical later feature adds, through the same stack methods. */
  public static final FinflowStack.Feature SAMPLE_FEATURE =
      new TestFeature(
          "Sample",
          stack -> {
            var consumer =
                stack.function(
                    "PaymentConsumer",
                    JavaFunctionProps.of(
                        "com.finflow.sample.PaymentConsumer::handleRequest",
                        Duration.seconds(SAMPLE_CONSUMER_TIMEOUT_SECONDS)));
            stack
                .queue(
                    SAMPLE_QUEUE,
                    QueueWithDeadLetterProps.forConsumerTimeout(consumer.timeout())
                        .withMaxReceiveCount(SAMPLE_MAX_RECEIVE_COUNT))
                .consumedBy(consumer, SAMPLE_BATCH_SIZE);
            stack.table(
                SAMPLE_TABLE,
                EncryptedTableProps.withPartitionKey("pk", AttributeType.STRING)
                    .withSortKey("sk", AttributeType.STRING)
                    .withTimeToLive(SAMPLE_TTL_ATTRIBUTE)
                    .withGlobalSecondaryIndex(
                        GlobalSecondaryIndexProps.builder()
                            .indexName("byStatus")
                            .partitionKey(
                                Attribute.builder()
                                    .name("status")
                                    .type(AttributeType.STRING)
                                    .build())
                            .build()));
            var authorizer =
                stack.function(
                    "IdentityAuthorizer",
                    JavaFunctionProps.of(
                            "com.finflow.sample.Authorizer::handleRequest", Duration.seconds(5))
                        .withMemorySize(512));
            var payments =
                stack.function(
                    "CreatePayment",
                    JavaFunctionProps.of(
                        "com.finflow.sample.CreatePayment::handleRequest", Duration.seconds(10)));
            stack
                .routes()
                .protectedRoute(
                    HttpMethod.POST,
                    "/payments",
                    payments,
                    stack.routes().lambdaAuthorizer("IdentityAuthorizer", authorizer));
          });

  private static final Supplier<Synthesized> FINFLOW =
      memoize(
          () -> {
            var stack = FinflowApp.define(new App());
            return new Synthesized(stack, FlatTemplate.of(stack));
          });

  private static final Supplier<Synthesized> WITH_SAMPLE_FEATURE =
      memoize(
          () -> {
            var app = new App();
            var stack =
                new FinflowStack(
                    app,
                    "FinflowWithSampleFeature",
                    StackProps.builder().build(),
                    SynthesizedStacks::placeholderCode,
                    List.of(SAMPLE_FEATURE));
            FinflowApp.addComplianceChecks(app);
            return new Synthesized(stack, FlatTemplate.of(stack));
          });

  private static final Supplier<Synthesized> BARE =
      memoize(
          () -> {
            var app = new App();
            var stack =
                new FinflowStack(
                    app,
                    "FinflowFoundationOnly",
                    StackProps.builder().build(),
                    SynthesizedStacks::placeholderCode,
                    List.of());
            FinflowApp.addComplianceChecks(app);
            return new Synthesized(stack, FlatTemplate.of(stack));
          });

  private SynthesizedStacks() {}

  public record Synthesized(FinflowStack stack, Template template) {
    public CfnTemplate cfn() {
      return new CfnTemplate(template);
    }
  }

  public static Synthesized finflow() {
    return FINFLOW.get();
  }

  /**
   * The foundation alone, without any feature: what health does before any table or queue exists.
   */
  public static Synthesized bare() {
    return BARE.get();
  }

  public static Synthesized withSampleFeature() {
    return WITH_SAMPLE_FEATURE.get();
  }

  /** Both stacks, for rules that hold for every resource however a feature adds it. */
  public static Stream<Named<Synthesized>> both() {
    return Stream.of(
        Named.of("Finflow", finflow()),
        Named.of("Finflow with sample feature", withSampleFeature()));
  }

  /** Code for stacks whose functions never run: any directory is a valid Lambda asset. */
  public static Code placeholderCode(String feature) {
    return Code.fromAsset(PLACEHOLDER_CODE_DIR.get());
  }

  private static final Supplier<String> PLACEHOLDER_CODE_DIR =
      memoize(SynthesizedStacks::placeholderCodeDir);

  private static String placeholderCodeDir() {
    try {
      var dir = Files.createTempDirectory("finflow-placeholder-code");
      Files.writeString(dir.resolve("placeholder.txt"), "not deployed");
      return dir.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }
}
