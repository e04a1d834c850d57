package com.finflow.localstack.gateway;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many requests the AWS gateway received per service, throttled ones included, and for DynamoDB
 * per operation with the items each write request asked to write: what benchmarks count.
 */
public final class GatewayTraffic {

  private final Map<AwsService, AtomicLong> requests = new EnumMap<>(AwsService.class);
  private final Map<String, AtomicLong> dynamoDbOperations = new ConcurrentHashMap<>();
  private final AtomicLong dynamoDbItemWrites = new AtomicLong();

  public GatewayTraffic() {
    for (AwsService service : AwsService.values()) {
      requests.put(service, new AtomicLong());
    }
  }

  void count(AwsService service) {
    requests.get(service).incrementAndGet();
  }

  void countDynamoDb(String operation) {
    dynamoDbOperations.computeIfAbsent(operation, name -> new AtomicLong()).incrementAndGet();
  }

  void countDynamoDbItemWrites(long items) {
    dynamoDbItemWrites.addAndGet(items);
  }

  public long requests(AwsService service) {
    return requests.get(service).get();
  }

  /** DynamoDB requests so far by operation ({@code X-Amz-Target} without its version prefix). */
  public Map<String, Long> dynamoDbOperations() {
    Map<String, Long> counts = new TreeMap<>();
    dynamoDbOperations.forEach((operation, count) -> counts.put(operation, count.get()));
    return counts;
  }

  /**
   * Items that DynamoDB write requests asked to put, update or delete: one per {@code PutItem},
   * {@code UpdateItem} or {@code DeleteItem}, each entry of a {@code BatchWriteItem} and each
   * {@code Put}, {@code Update} or {@code Delete} of a {@code TransactWriteItems}, whether or not
   * it then succeeded (a cancelled transaction and a resent unprocessed item count again).
   */
  public long dynamoDbItemWrites() {
    return dynamoDbItemWrites.get();
  }
}
