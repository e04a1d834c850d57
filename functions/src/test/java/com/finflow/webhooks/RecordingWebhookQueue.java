package com.finflow.webhooks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook queue that keeps what was enqueued, in order. */
public final class RecordingWebhookQueue implements WebhookQueue {

  public record Enqueued(WebhookSubject subject, String deliveryId, boolean again) {}

  public final List<Enqueued> enqueued = new CopyOnWriteArrayList<>();

  @Override
  public void deliver(WebhookSubject subject, String deliveryId, boolean again) {
    enqueued.add(new Enqueued(subject, deliveryId, again));
  }
}
