package com.finflow.shared.lambda;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A function fed by an SQS queue, answering with the batch items that failed. Priming reads and
 * answers an empty batch: a message, even an unreadable one, would be acted on.
 */
public abstract class QueueFunction extends EventFunction<SQSEvent, SQSBatchResponse> {

  @SuppressWarnings("this-escape") // the step runs at checkpoint time, long after construction
  protected QueueFunction() {
    super(new TypeReference<>() {});
    Priming.addPath(getClass().getSimpleName(), () -> primeWith(PrimingEvents::queue));
  }
}
