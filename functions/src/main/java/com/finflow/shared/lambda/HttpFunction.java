package com.finflow.shared.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A function behind the HTTP API (payload 2.0). Before the snapshot, its whole path runs once on
 * {@link PrimingEvents#http()}.
 */
public abstract class HttpFunction
    extends EventFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  @SuppressWarnings("this-escape") // the step runs at checkpoint time, long after construction
  protected HttpFunction() {
    super(new TypeReference<>() {});
    Priming.addPath(getClass().getSimpleName(), () -> primeWith(PrimingEvents.http()));
  }
}
