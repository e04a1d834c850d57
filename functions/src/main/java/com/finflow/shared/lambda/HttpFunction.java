package com.finflow.shared.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A function behind the HTTP API (payload 2.0). Before the snapshot, its whole path runs on the
 * event {@link PrimedWith} names, from a caller of no organization.
 */
public abstract class HttpFunction
    extends EventFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  /** The request priming sends the function. */
  protected enum PrimedWith {
    /** Its own sample request, refused: {@link PrimingEvents#http(Class)}. */
    ITS_SAMPLE_REFUSED,
    /**
     * No query and no body ({@link PrimingEvents#http()}), for a function whose sample request
     * would reach an upstream.
     */
    NO_QUERY_OR_BODY
  }

  protected HttpFunction() {
    this(PrimedWith.ITS_SAMPLE_REFUSED);
  }

  @SuppressWarnings("this-escape") // the step runs at checkpoint time, long after construction
  protected HttpFunction(PrimedWith request) {
    super(new TypeReference<>() {});
    Class<?> function = getClass();
    Priming.addPath(
        function.getSimpleName(),
        primingPath(
            () ->
                request == PrimedWith.ITS_SAMPLE_REFUSED
                    ? PrimingEvents.http(function)
                    : PrimingEvents.http()));
  }
}
