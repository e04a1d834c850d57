package com.finflow.extraction;

import com.finflow.shared.failure.Failure;
import com.finflow.webhooks.WebhookNotice;
import com.finflow.webhooks.WebhookNotices;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Runs an asynchronous extraction from the queue, with a deadline of minutes, and keeps its result,
 * or why it failed, for {@link ExtractionStore#RETENTION}; then, when the caller gave a webhook,
 * publishes a notice of the outcome. The notice carries no financial data, only where to fetch it.
 */
public final class RunExtraction {

  private final Extractor extractor;
  private final ExtractionStore store;
  private final WebhookNotices notices;
  private final Duration budget;
  private final Clock clock;

  /**
   * @param budget how long an asynchronous extraction may take
   */
  public RunExtraction(
      Extractor extractor,
      ExtractionStore store,
      WebhookNotices notices,
      Duration budget,
      Clock clock) {
    this.extractor = extractor;
    this.store = store;
    this.notices = notices;
    this.budget = budget;
    this.clock = clock;
  }

  public void run(ExtractionJob job) {
    // A job run again after its extraction ended (its notice could not be published) only publishes
    // the notice.
    ExtractionState state =
        store
            .find(job.organizationId(), job.extractionId())
            .filter(ExtractionState::finished)
            .orElseGet(() -> extract(job));
    job.command()
        .webhookUrl()
        .ifPresent(url -> notices.publish(noticeOf(job, state.status(), url)));
  }

  private ExtractionState extract(ExtractionJob job) {
    try {
      Extraction extraction =
          extractor.extract(job.organizationId(), job.command(), Deadline.in(budget, clock));
      store.completed(job.organizationId(), job.extractionId(), extraction);
      return ExtractionState.completed(extraction);
    } catch (Failure refusal) {
      // A refusal (consent rejected, provider down after every retry) is the answer: kept, not
      // retried.
      store.failed(job.organizationId(), job.extractionId(), refusal);
      return ExtractionState.failed(refusal);
    }
  }

  private static WebhookNotice noticeOf(ExtractionJob job, ExtractionState.Status status, URI url) {
    String id = job.extractionId();
    String type = "extraction." + status.label();
    return new WebhookNotice(
        type + ":" + id,
        type,
        job.organizationId(),
        "extraction/" + id,
        url,
        Map.of(
            "extraction_id",
            id,
            "status",
            status.label(),
            "links",
            Map.of("self", "/extractions/" + id)));
  }
}
