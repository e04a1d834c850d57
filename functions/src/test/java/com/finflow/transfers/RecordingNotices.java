package com.finflow.transfers;

import com.finflow.webhooks.WebhookNotice;
import com.finflow.webhooks.WebhookNotices;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every notice published, repeats included; the delivery log is what keeps one per id. */
public final class RecordingNotices implements WebhookNotices {

  public final List<WebhookNotice> published = new CopyOnWriteArrayList<>();

  @Override
  public void publish(WebhookNotice notice) {
    published.add(notice);
  }

  /** How many times the notice was published. */
  public long timesPublished(String noticeId) {
    return published.stream().filter(notice -> notice.id().equals(noticeId)).count();
  }

  /** The ids published, each once. */
  public List<String> distinctIds() {
    return published.stream().map(WebhookNotice::id).distinct().toList();
  }
}
