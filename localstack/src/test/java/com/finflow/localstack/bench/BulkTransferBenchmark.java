package com.finflow.localstack.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import com.finflow.localstack.flow.ApiClient;
import com.finflow.localstack.flow.RunningFinflow;
import com.finflow.localstack.flow.Tenant;
import com.finflow.localstack.gateway.AwsService;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A 1,000-transfer bulk on the local stack: how long until it is settled and how many DynamoDB
 * requests each transfer costs, against the floor of the same number of bare DynamoDB writes
 * measured in the same run; then the submission latency over 20 more bulks, with their execution
 * paused.
 */
public final class BulkTransferBenchmark {

  private static final int TRANSFERS = 1000;

  public static void main(String[] args) throws Exception {
    int submissions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    try (LocalStackRuntime runtime =
        LocalStackRuntime.start(
            RunningFinflow.realStack(Path.of("infra-cdk/cdk.out/Finflow.template.json"))
                // One organization makes every request: the figures are latencies, not its quota.
                .withFunctionEnvironment(Map.of("BULK_SUBMISSIONS_PER_MINUTE", "1000000")))) {
      run(runtime, submissions);
    }
  }

  private static void run(LocalStackRuntime runtime, int submissions) {
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    DynamoDbClient dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint());
    Tenant tenant = Tenant.signUp(api, "900000000.00");
    Random random = new Random(7);

    long floorNanos = bareWrites(dynamoDb, TRANSFERS);

    String accountsTable =
        runtime.stack().ofType("AWS::DynamoDB::Table").stream()
            .filter(table -> table.logicalId().startsWith("AccountsTable"))
            .findFirst()
            .orElseThrow()
            .ref();
    long requestsBefore = runtime.traffic().requests(AwsService.DYNAMODB);
    long started = System.nanoTime();
    ApiClient.Reply accepted =
        api.post(
            "/transfers/bulk",
            Optional.of(tenant.accessToken()),
            tenant.bulkOf(TRANSFERS, random, "partial").toString());
    require(accepted);
    long polls = 0;
    while (reserved(dynamoDb, accountsTable, tenant.iban()) != 0) {
      polls++;
      sleep(50);
    }
    long settleNanos = System.nanoTime() - started;
    long requests = runtime.traffic().requests(AwsService.DYNAMODB) - requestsBefore - polls - 1;

    // Execution paused (as with disabled event source mappings): the figure is the API's own
    // latency, not its
    // contention with the 20,000 transfers those bulks would otherwise execute on the same cores.
    runtime.pollers().forEach(poller -> poller.close());
    long[] latencies = new long[submissions];
    for (int i = 0; i < submissions; i++) {
      ObjectNode body = tenant.bulkOf(TRANSFERS, random, "partial");
      long sent = System.nanoTime();
      require(api.post("/transfers/bulk", Optional.of(tenant.accessToken()), body.toString()));
      latencies[i] = System.nanoTime() - sent;
    }
    Percentiles submit = new Percentiles(latencies);

    System.out.println();
    System.out.printf("Bulk transfers on the local stack, %d transfers per bulk%n", TRANSFERS);
    System.out.printf(
        "  submit latency                    : %s   (queue consumers paused)%n", submit.summary());
    System.out.printf("  submit to settled (one bulk)      : %8.0f ms%n", settleNanos / 1e6);
    System.out.printf(
        "  floor: %d bare DynamoDB writes  : %8.0f ms   (sequential PutItem, same endpoint)%n",
        TRANSFERS, floorNanos / 1e6);
    System.out.printf(
        "  settled / floor                   : %8.2fx%n", (double) settleNanos / floorNanos);
    System.out.printf(
        "  DynamoDB requests per transfer    : %8.2f   (%d requests for the bulk, polling excluded)%n",
        (double) requests / TRANSFERS, requests);
  }

  private static long bareWrites(DynamoDbClient dynamoDb, int count) {
    dynamoDb.createTable(
        request ->
            request
                .tableName("bench-floor")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    definition ->
                        definition.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(key -> key.attributeName("pk").keyType(KeyType.HASH)));
    for (int i = 0; i < 100; i++) {
      put(dynamoDb, "warm-" + i);
    }
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      put(dynamoDb, "item-" + i);
    }
    return System.nanoTime() - started;
  }

  private static void put(DynamoDbClient dynamoDb, String key) {
    dynamoDb.putItem(
        request ->
            request
                .tableName("bench-floor")
                .item(
                    Map.of(
                        "pk",
                        AttributeValue.fromS(key),
                        "status",
                        AttributeValue.fromS("EXECUTED"),
                        "amount_minor",
                        AttributeValue.fromN("12345"))));
  }

  private static long reserved(DynamoDbClient dynamoDb, String table, String iban) {
    return Long.parseLong(
        dynamoDb
            .getItem(
                request ->
                    request
                        .tableName(table)
                        .key(Map.of("iban", AttributeValue.fromS(iban)))
                        .consistentRead(true))
            .item()
            .get("reserved_minor")
            .n());
  }

  private static void require(ApiClient.Reply reply) {
    if (reply.status() != 201) {
      throw new IllegalStateException("submission refused: " + reply.status() + " " + reply.body());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
