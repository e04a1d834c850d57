package com.finflow.extraction.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.extraction.RunExtraction;
import com.finflow.extraction.adapters.ExtractionJobMessages;
import com.finflow.extraction.adapters.ExtractionWiring;
import com.finflow.shared.lambda.QueueFunction;
import com.finflow.shared.sqs.QueueConsumer;

/**
 * Runs the asynchronous extractions of the extraction queue, one message at a time; a message that
 * fails (not a refusal, which is kept as the extraction's answer) is retried after a backoff.
 */
public final class RunExtractionHandler extends QueueFunction {

  private final RunExtraction runExtraction;
  private final QueueConsumer consumer;

  public RunExtractionHandler() {
    this(ExtractionWiring.runExtraction(), ExtractionWiring.extractionQueue());
  }

  RunExtractionHandler(RunExtraction runExtraction, QueueConsumer consumer) {
    this.runExtraction = runExtraction;
    this.consumer = consumer;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return consumer.consume(
        event,
        context,
        message -> runExtraction.run(ExtractionJobMessages.read(message.getBody())));
  }
}
