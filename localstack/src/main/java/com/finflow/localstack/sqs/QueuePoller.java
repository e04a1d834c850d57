package com.finflow.localstack.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalJson;
import com.finflow.localstack.lambda.InvocationResult;
import com.finflow.localstack.lambda.LambdaRuntime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Lambda's SQS poller for one event source mapping. Messages it does not delete come back after the
 * visibility timeout, and ElasticMQ moves them to the dead-letter queue after maxReceiveCount
 * receives. Like Lambda, which starts polling a queue with five concurrent batches, it runs several
 * receive loops at once.
 */
public final class QueuePoller implements AutoCloseable {

  /** Short waits keep shutdown prompt. */
  private static final int WAIT_SECONDS = 1;

  /** Lambda's initial SQS concurrency; the function's container pool may admit fewer at a time. */
  static final int CONCURRENT_BATCHES = 5;

  private final QueueMapping mapping;
  private final SqsClient sqs;
  private final LambdaRuntime lambda;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  private QueuePoller(QueueMapping mapping, SqsClient sqs, LambdaRuntime lambda) {
    this.mapping = mapping;
    this.sqs = sqs;
    this.lambda = lambda;
    for (int i = 0; i < CONCURRENT_BATCHES; i++) {
      threads.add(
          Thread.ofPlatform()
              .daemon()
              .name("sqs-poller-" + mapping.logicalId() + "-" + i)
              .unstarted(this::run));
    }
  }

  public static QueuePoller start(QueueMapping mapping, SqsClient sqs, LambdaRuntime lambda) {
    QueuePoller poller = new QueuePoller(mapping, sqs, lambda);
    poller.threads.forEach(Thread::start);
    return poller;
  }

  public QueueMapping mapping() {
    return mapping;
  }

  private void run() {
    while (running) {
      try {
        List<Message> batch = receiveBatch();
        if (!batch.isEmpty()) {
          deliver(batch);
        }
      } catch (RuntimeException e) {
        if (running) {
          System.out.println("poller " + mapping.logicalId() + ": " + e.getMessage());
          pause();
        }
      }
    }
  }

  private List<Message> receiveBatch() {
    List<Message> batch = new ArrayList<>();
    Instant windowEnds = Instant.now().plus(mapping.batchingWindow());
    do {
      int wanted = Math.min(10, mapping.batchSize() - batch.size());
      List<Message> received =
          sqs.receiveMessage(
                  receive ->
                      receive
                          .queueUrl(mapping.queueUrl())
                          .maxNumberOfMessages(wanted)
                          .waitTimeSeconds(batch.isEmpty() ? WAIT_SECONDS : 0)
                          .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                          .messageAttributeNames("All"))
              .messages();
      batch.addAll(received);
      if (received.isEmpty() && !batch.isEmpty() && Instant.now().isBefore(windowEnds)) {
        pause();
      }
    } while (running
        && !batch.isEmpty()
        && batch.size() < mapping.batchSize()
        && Instant.now().isBefore(windowEnds));
    return batch;
  }

  private void deliver(List<Message> batch) {
    InvocationResult result =
        lambda.invoke(mapping.function(), SqsEvents.event(batch, mapping.queueArn()).toString());
    if (result instanceof InvocationResult.Success success) {
      delete(batch, failedIds(success.payload(), batch));
    }
  }

  /** As on Lambda, an item identifier that is not in the batch fails the whole batch. */
  private Set<String> failedIds(String payload, List<Message> batch) {
    if (!mapping.reportsBatchItemFailures()) {
      return Set.of();
    }
    Set<String> inBatch = batch.stream().map(Message::messageId).collect(Collectors.toSet());
    Set<String> failed = new HashSet<>();
    try {
      JsonNode response = LocalJson.MAPPER.readTree(payload);
      for (JsonNode failure : response.path("batchItemFailures")) {
        String id = failure.path("itemIdentifier").asText("");
        if (!inBatch.contains(id)) {
          return inBatch;
        }
        failed.add(id);
      }
    } catch (Exception unreadable) {
      return inBatch;
    }
    return failed;
  }

  private void delete(List<Message> batch, Set<String> keep) {
    Map<String, Message> byId =
        batch.stream().collect(Collectors.toMap(Message::messageId, Function.identity()));
    List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
    byId.values().stream()
        .filter(message -> !keep.contains(message.messageId()))
        .forEach(
            message ->
                entries.add(
                    DeleteMessageBatchRequestEntry.builder()
                        .id(message.messageId())
                        .receiptHandle(message.receiptHandle())
                        .build()));
    for (int from = 0; from < entries.size(); from += 10) {
      List<DeleteMessageBatchRequestEntry> chunk =
          entries.subList(from, Math.min(entries.size(), from + 10));
      sqs.deleteMessageBatch(delete -> delete.queueUrl(mapping.queueUrl()).entries(chunk));
    }
  }

  private void pause() {
    try {
      Thread.sleep(Duration.ofMillis(100));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** Asks every polling thread to stop after its current poll, without waiting for it. */
  public void stopPolling() {
    running = false;
    threads.forEach(Thread::interrupt);
  }

  @Override
  public void close() {
    stopPolling();
    for (Thread thread : threads) {
      try {
        thread.join(Duration.ofSeconds(3));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
