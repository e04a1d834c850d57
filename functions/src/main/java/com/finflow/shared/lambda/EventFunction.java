package com.finflow.shared.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A function that reads its event of type {@code E} and writes its answer of type {@code A} with
 * {@link LambdaEvents}. Lambda calls the stream method, the one with the most parameters; tests
 * call the typed one.
 */
public abstract class EventFunction<E, A> implements RequestStreamHandler {

  private final TypeReference<E> eventType;

  EventFunction(TypeReference<E> eventType) {
    this.eventType = eventType;
  }

  public abstract A handleRequest(E event, Context context);

  /** A synthetic event for priming. */
  interface EventSource {
    InputStream open() throws IOException;
  }

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    LambdaEvents.write(output, handleRequest(LambdaEvents.read(input, eventType), context));
  }

  /**
   * Priming's step: the whole path, event reading and answer writing included, on a synthetic event
   * built once and replayed each round.
   */
  final Runnable primingPath(EventSource source) {
    return new Runnable() {
      private byte[] event;

      @Override
      public void run() {
        try {
          if (event == null) {
            try (InputStream built = source.open()) {
              event = built.readAllBytes();
            }
          }
          handleRequest(new ByteArrayInputStream(event), OutputStream.nullOutputStream(), null);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
