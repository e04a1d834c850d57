package com.finflow.extraction;

import com.finflow.shared.quota.Quota;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Extracts a user's financial data for the calling organization: at once, before a deadline safely
 * under API Gateway's limit, or, when the caller asks for it to run asynchronously, later from the
 * queue under a new id. Either way it first takes one extraction from the organization's quota.
 */
public final class ExtractFinancialData {

  /**
   * What the caller gets: the extraction itself, or the id under which it will be found once it has
   * run.
   */
  public sealed interface Outcome {}

  public record Extracted(Extraction extraction) implements Outcome {}

  public record Accepted(String extractionId) implements Outcome {}

  private final Extractor extractor;
  private final ExtractionStore store;
  private final ExtractionJobs jobs;
  private final Quota quota;
  private final Duration budget;
  private final Clock clock;

  /**
   * @param quota the organization's extractions per window, taken before the provider is called or
   *     anything is written
   * @param budget how long a synchronous extraction may take
   */
  public ExtractFinancialData(
      Extractor extractor,
      ExtractionStore store,
      ExtractionJobs jobs,
      Quota quota,
      Duration budget,
      Clock clock) {
    this.extractor = extractor;
    this.store = store;
    this.jobs = jobs;
    this.quota = quota;
    this.budget = budget;
    this.clock = clock;
  }

  public Outcome extract(String organizationId, ExtractionCommand command) {
    quota.take(organizationId);
    if (command.async()) {
      String extractionId = UUID.randomUUID().toString();
      store.pending(organizationId, extractionId);
      jobs.submit(new ExtractionJob(extractionId, organizationId, command));
      return new Accepted(extractionId);
    }
    return new Extracted(extractor.extract(organizationId, command, Deadline.in(budget, clock)));
  }
}
