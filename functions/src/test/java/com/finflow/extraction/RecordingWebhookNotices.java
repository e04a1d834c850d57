package com.finflow.extraction;

import com.finflow.webhooks.WebhookNotice;
import com.finflow.webhooks.WebhookNotices;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Webhook notices as published, in order, for a test to read. */
public final class RecordingWebhookNotices implements WebhookNotices {

  private final List<WebhookNotice> published = new CopyOnWriteArrayList<>();

  @Override
  public void publish(WebhookNotice notice) {
    published.add(notice);
  }

  public List<WebhookNotice> published() {
    return List.copyOf(published);
  }
}
