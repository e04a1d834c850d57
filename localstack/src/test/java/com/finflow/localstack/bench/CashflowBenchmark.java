package com.finflow.localstack.bench;

import com.finflow.emulators.AwsAccount;
import com.finflow.emulators.DynamoDbLocal;
import com.finflow.emulators.FreePort;
import com.finflow.localstack.cashflow.DatasetSize;
import com.finflow.localstack.gateway.AwsGateway;
import com.finflow.localstack.gateway.AwsService;
import com.finflow.localstack.gateway.GatewayFaults;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Cashflow loading figures. {@code load SIZE [SEED [ROWS]]}: generates a dataset of that size in
 * batches of ROWS rows, boots the local stack on the synthesized template, feeds the dataset
 * (companies and rates over HTTP, batches on the ingestion queue, several in flight), waits until
 * ingestion has drained, and prints the loading figures against DynamoDB Local's floor for as many
 * rows measured in the same run through the same stack's endpoint, then query latencies through the
 * HTTP API ({@link CashflowLoad}). {@code floor SIZE}: DynamoDB Local's own floor alone, the time
 * to {@code BatchWriteItem} as many bare rows as the dataset holds (SEPA and SWIFT) into a fresh
 * table, 25 items per request from 8 writers, through the same AWS gateway the functions use; the
 * figure the loading target is a multiple of.
 */
public final class CashflowBenchmark {

  static final int WRITERS = 8;
  private static final int ITEMS_PER_REQUEST = 25;

  private CashflowBenchmark() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "";
    DatasetSize size = DatasetSize.of(args.length > 1 ? args[1] : "medium");
    if (!mode.equals("floor") && !mode.equals("load")) {
      throw new IllegalArgumentException(
          "usage: CashflowBenchmark floor|load small|medium|large [SEED [BATCH_ROWS]]");
    }
    // The JDK keeps 5 idle connections per host by default: fewer than the writers.
    System.setProperty("http.maxConnections", String.valueOf(WRITERS * 2));
    if (mode.equals("load")) {
      CashflowLoad.run(
          size,
          args.length > 2 ? Long.parseLong(args[2]) : CashflowLoad.SEED,
          args.length > 3 ? Integer.parseInt(args[3]) : CashflowLoad.BATCH_ROWS);
      return;
    }
    long rows = size.totalRows();
    try (DynamoDbLocal dynamoDb = DynamoDbLocal.start(Optional.empty());
        AwsGateway gateway =
            AwsGateway.start(
                FreePort.pick(),
                Map.of(AwsService.DYNAMODB, dynamoDb.port()),
                new GatewayFaults(0, 0));
        DynamoDbClient client = client(URI.create("http://localhost:" + gateway.port()))) {
      long requestsBefore = gateway.traffic().requests(AwsService.DYNAMODB);
      Floor floor = floor(client, rows, WRITERS);
      long requests = gateway.traffic().requests(AwsService.DYNAMODB) - requestsBefore;
      System.out.println();
      System.out.printf("DynamoDB Local floor for the %s dataset%n", size.wireName());
      System.out.printf(
          "  %,d bare rows, BatchWriteItem of %d, %d writers, fresh table, through the gateway%n",
          floor.rows(), ITEMS_PER_REQUEST, floor.writers());
      System.out.printf("  time                     : %10.1f s%n", floor.seconds());
      System.out.printf("  rows/s                   : %,10.0f%n", floor.rowsPerSecond());
      System.out.printf(
          "  DynamoDB requests        : %,10d   (%.3f per row, table setup included)%n",
          requests, (double) requests / floor.rows());
    }
  }

  /** Rows written bare, by how many writers, in how long. */
  record Floor(long rows, int writers, long nanos) {
    double seconds() {
      return nanos / 1e9;
    }

    double rowsPerSecond() {
      return rows / seconds();
    }
  }

  /**
   * Writes {@code rows} items about the size of a stored transaction into a new table, {@code
   * writers} threads each sending 25-item {@code BatchWriteItem}s and resending what comes back
   * unprocessed.
   */
  static Floor floor(DynamoDbClient dynamoDb, long rows, int writers) throws Exception {
    String table = "cashflow-floor-" + System.nanoTime();
    dynamoDb.createTable(
        request ->
            request
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    definition ->
                        definition.attributeName("pk").attributeType(ScalarAttributeType.S),
                    definition ->
                        definition.attributeName("sk").attributeType(ScalarAttributeType.S))
                .keySchema(
                    key -> key.attributeName("pk").keyType(KeyType.HASH),
                    key -> key.attributeName("sk").keyType(KeyType.RANGE)));
    AtomicLong next = new AtomicLong();
    long started = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      List<Future<?>> running = new ArrayList<>();
      for (int writer = 0; writer < writers; writer++) {
        running.add(
            pool.submit(
                () -> {
                  for (long first = next.getAndAdd(ITEMS_PER_REQUEST);
                      first < rows;
                      first = next.getAndAdd(ITEMS_PER_REQUEST)) {
                    List<WriteRequest> writes = new ArrayList<>(ITEMS_PER_REQUEST);
                    for (long row = first; row < Math.min(rows, first + ITEMS_PER_REQUEST); row++) {
                      writes.add(
                          WriteRequest.builder()
                              .putRequest(PutRequest.builder().item(item(row)).build())
                              .build());
                    }
                    write(dynamoDb, table, writes);
                  }
                  return null;
                }));
      }
      for (Future<?> writer : running) {
        writer.get();
      }
    }
    return new Floor(rows, writers, System.nanoTime() - started);
  }

  private static void write(DynamoDbClient dynamoDb, String table, List<WriteRequest> writes) {
    Map<String, List<WriteRequest>> pending = Map.of(table, writes);
    while (!pending.isEmpty()) {
      Map<String, List<WriteRequest>> sending = pending;
      BatchWriteItemResponse response =
          dynamoDb.batchWriteItem(request -> request.requestItems(sending));
      pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
    }
  }

  /** A row as a transaction store might hold it: organization and account day, then the row. */
  private static Map<String, AttributeValue> item(long row) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS("ORG#bench#ACCOUNT#DE89370400440532013" + (row % 1000)));
    item.put(
        "sk", AttributeValue.fromS(String.format("ROW#SWIFT-%06d#%04d", row / 1000, row % 1000)));
    item.put("id", AttributeValue.fromS("swift-" + row));
    item.put("payer_iban", AttributeValue.fromS("GB29NWBK60161331926819"));
    item.put("beneficiary_iban", AttributeValue.fromS("DE89370400440532013000"));
    item.put("amount", AttributeValue.fromS("12345.67"));
    item.put("currency", AttributeValue.fromS("USD"));
    item.put("eur_minor", AttributeValue.fromN("1133844"));
    item.put("timestamp", AttributeValue.fromS("2022-03-01T10:00:00+02:00"));
    return item;
  }

  static DynamoDbClient client(URI endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.of(AwsAccount.REGION))
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(AwsAccount.ACCESS_KEY_ID, AwsAccount.SECRET_ACCESS_KEY)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
