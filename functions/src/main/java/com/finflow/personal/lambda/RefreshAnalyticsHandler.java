package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.finflow.personal.RefreshAnalytics;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.lambda.QueueFunction;
import com.finflow.shared.sqs.QueueConsumer;

/**
 * Brings users' analytics views up to their writes, one request at a time: the first of a burst of
 * one user's requests recomputes the view, the rest find it already current.
 */
public final class RefreshAnalyticsHandler extends QueueFunction {

  private final RefreshAnalytics refreshAnalytics;
  private final QueueConsumer consumer;

  public RefreshAnalyticsHandler() {
    this(PersonalWiring.refreshAnalytics(), PersonalWiring.analyticsQueue());
  }

  RefreshAnalyticsHandler(RefreshAnalytics refreshAnalytics, QueueConsumer consumer) {
    this.refreshAnalytics = refreshAnalytics;
    this.consumer = consumer;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return consumer.consume(
        event,
        context,
        message -> {
          RefreshRequestMessages.Request request = RefreshRequestMessages.read(message.getBody());
          refreshAnalytics.refresh(request.userId(), request.writtenAt());
        });
  }
}
