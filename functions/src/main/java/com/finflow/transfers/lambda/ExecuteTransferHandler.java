package com.finflow.transfers.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.shared.lambda.QueueFunction;
import com.finflow.shared.log.StructuredLog;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.transfers.ExecuteTransfer;
import com.finflow.transfers.TransferOrder;
import com.finflow.transfers.adapters.TransferMessages;
import com.finflow.transfers.adapters.TransfersWiring;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Executes transfers, one message each (transfer queue, batches of up to 10 processed side by side,
 * partial batch failures), then requests settlement once per bulk of the batch whose transfers have
 * all ended.
 */
public final class ExecuteTransferHandler extends QueueFunction {

  private static final StructuredLog LOG = StructuredLog.of(ExecuteTransferHandler.class);

  private final ExecuteTransfer executeTransfer;
  private final QueueConsumer consumer;

  public ExecuteTransferHandler() {
    this(
        TransfersWiring.executeTransfer(),
        TransfersWiring.concurrentConsumerOf("TRANSFER_QUEUE_URL"));
  }

  /**
   * Public for handlers that run the same flow on another wiring (the local stack's fault tests).
   */
  public ExecuteTransferHandler(ExecuteTransfer executeTransfer, QueueConsumer consumer) {
    this.executeTransfer = executeTransfer;
    this.consumer = consumer;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    Set<String> bulks = ConcurrentHashMap.newKeySet();
    SQSBatchResponse response =
        consumer.consume(
            event,
            context,
            message -> {
              TransferOrder order = TransferMessages.order(message.getBody());
              executeTransfer.execute(order, "message " + message.getMessageId());
              bulks.add(order.bulkId());
            });
    for (String bulkId : bulks) {
      try {
        executeTransfer.requestSettlementIfFinished(bulkId);
      } catch (RuntimeException e) {
        // The transfers are recorded; the next batch of this bulk or the reconciler requests
        // settlement instead.
        LOG.warn("settlement not requested", Map.of("error_type", e.getClass().getSimpleName()));
      }
    }
    return response;
  }
}
