package com.finflow.shared.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A function fed by an SQS queue, answering with the batch items that failed. Priming reads and
 * answers an empty batch: a message, even an unreadable one, would be acted on.
 */
public abstract class QueueFunction implements RequestStreamHandler {

  @SuppressWarnings("this-escape") // the step runs at checkpoint time, long after construction
  protected QueueFunction() {
    Priming.add(getClass().getSimpleName(), this::prime);
  }

  public abstract SQSBatchResponse handleRequest(SQSEvent event, Context context);

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    LambdaEvents.write(output, handleRequest(LambdaEvents.read(input, SQSEvent.class), context));
  }

  private void prime() {
    try {
      handleRequest(PrimingEvents.queue(), OutputStream.nullOutputStream(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
