package com.finflow.shared.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A function behind the HTTP API (payload 2.0). Lambda calls the stream method, the one with the
 * most parameters; it reads the event and writes the answer with {@link LambdaEvents}. Before the
 * snapshot, the whole path runs once on {@link PrimingEvents#http()}.
 */
public abstract class HttpFunction implements RequestStreamHandler {

  @SuppressWarnings("this-escape") // the step runs at checkpoint time, long after construction
  protected HttpFunction() {
    Priming.add(getClass().getSimpleName(), this::prime);
  }

  public abstract APIGatewayV2HTTPResponse handleRequest(
      APIGatewayV2HTTPEvent event, Context context);

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    LambdaEvents.write(
        output, handleRequest(LambdaEvents.read(input, APIGatewayV2HTTPEvent.class), context));
  }

  private void prime() {
    try {
      handleRequest(PrimingEvents.http(), OutputStream.nullOutputStream(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
