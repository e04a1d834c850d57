package com.finflow.transfers.adapters;

import com.finflow.transfers.TransferOrder;
import com.finflow.transfers.TransferQueues;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/** The fan-out, transfer and settlement queues, written to in batches of ten (SQS's maximum). */
final class SqsTransferQueues implements TransferQueues {

  private static final int BATCH = 10;

  private final SqsClient sqs;
  private final String fanOutQueueUrl;
  private final String transferQueueUrl;
  private final String settlementQueueUrl;

  SqsTransferQueues(
      SqsClient sqs, String fanOutQueueUrl, String transferQueueUrl, String settlementQueueUrl) {
    this.sqs = sqs;
    this.fanOutQueueUrl = fanOutQueueUrl;
    this.transferQueueUrl = transferQueueUrl;
    this.settlementQueueUrl = settlementQueueUrl;
  }

  @Override
  public void fanOut(String bulkId) {
    sqs.sendMessage(
        request -> request.queueUrl(fanOutQueueUrl).messageBody(TransferMessages.bulk(bulkId)));
  }

  @Override
  public void execute(List<TransferOrder> orders) {
    for (int start = 0; start < orders.size(); start += BATCH) {
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
      for (TransferOrder order : orders.subList(start, Math.min(orders.size(), start + BATCH))) {
        entries.add(
            SendMessageBatchRequestEntry.builder()
                .id(Integer.toString(order.transfer().index()))
                .messageBody(TransferMessages.order(order))
                .build());
      }
      send(entries, 0);
    }
  }

  // A batch can half succeed; the failed entries are sent again once, then the caller's retry takes
  // over.
  private void send(List<SendMessageBatchRequestEntry> entries, int attempt) {
    SendMessageBatchResponse response =
        sqs.sendMessageBatch(request -> request.queueUrl(transferQueueUrl).entries(entries));
    if (!response.failed().isEmpty()) {
      List<String> failedIds = response.failed().stream().map(failure -> failure.id()).toList();
      List<SendMessageBatchRequestEntry> again =
          entries.stream().filter(entry -> failedIds.contains(entry.id())).toList();
      if (attempt > 0) {
        throw new IllegalStateException(again.size() + " transfer messages could not be enqueued");
      }
      send(again, attempt + 1);
    }
  }

  @Override
  public void settle(String bulkId) {
    sqs.sendMessage(
        request -> request.queueUrl(settlementQueueUrl).messageBody(TransferMessages.bulk(bulkId)));
  }
}
