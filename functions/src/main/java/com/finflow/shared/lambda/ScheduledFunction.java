package com.finflow.shared.lambda;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A function run by an EventBridge schedule, answering with a line of text. Its work acts on real
 * state or upstreams, so priming only reads a scheduled event and writes an answer; the AWS clients
 * it builds are primed on their own.
 */
public abstract class ScheduledFunction extends EventFunction<Map<String, Object>, String> {

  private static final TypeReference<Map<String, Object>> EVENT = new TypeReference<>() {};

  protected ScheduledFunction() {
    super(EVENT);
    Priming.addPath(getClass().getSimpleName(), ScheduledFunction::prime);
  }

  private static void prime() {
    try {
      LambdaEvents.write(
          OutputStream.nullOutputStream(), LambdaEvents.read(PrimingEvents.schedule(), EVENT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
