package com.finflow.shared.lambda;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A function fed by an SQS queue, answering with the batch items that failed. Priming sends it
 * messages that no reader takes ({@link PrimingEvents#queue(Class)}): the batch, the refusal of
 * each message and the asked retry are warm, and nothing is acted on.
 */
public abstract class QueueFunction extends EventFunction<SQSEvent, SQSBatchResponse> {

  @SuppressWarnings("this-escape") // the step runs at checkpoint time, long after construction
  protected QueueFunction() {
    super(new TypeReference<>() {});
    Class<?> function = getClass();
    Priming.addPath(function.getSimpleName(), primingPath(() -> PrimingEvents.queue(function)));
  }
}
