package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.finflow.cashflow.PullFeeds;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.lambda.ScheduledFunction;
import com.finflow.shared.log.Invocation;
import com.finflow.shared.log.StructuredLog;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs on a schedule: pulls every active feed. Each feed's outcome is logged, and the largest lag
 * is published in CloudWatch's embedded metric format ({@value #NAMESPACE} {@value #LAG_METRIC}),
 * which the stack's stale-feed alarm watches. The event is read as a plain map, as for every
 * scheduled function.
 */
public final class PullFeedsHandler extends ScheduledFunction {

  static final String NAMESPACE = "Finflow/Cashflow";
  static final String LAG_METRIC = "FeedLagSeconds";
  // Spare time to record the outcome and release the lease before Lambda stops the run.
  private static final Duration MARGIN = Duration.ofSeconds(10);
  private static final StructuredLog LOG = StructuredLog.of(PullFeedsHandler.class);

  private final PullFeeds pullFeeds;

  public PullFeedsHandler() {
    this(CashflowWiring.pullFeeds());
  }

  /** On another wiring: the local stack's crash tests wrap the registry. */
  public PullFeedsHandler(PullFeeds pullFeeds) {
    this.pullFeeds = pullFeeds;
  }

  @Override
  public String handleRequest(Map<String, Object> event, Context context) {
    Invocation.begin(
        context == null ? "local" : context.getFunctionName(),
        String.valueOf(event == null ? "schedule" : event.getOrDefault("id", "schedule")));
    List<PullFeeds.Outcome> outcomes =
        pullFeeds.pullAll(
            () ->
                context == null
                    ? Duration.ofMinutes(1)
                    : Duration.ofMillis(context.getRemainingTimeInMillis()).minus(MARGIN));
    long maxLag = 0;
    for (PullFeeds.Outcome outcome : outcomes) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("organization_id", outcome.feed().organizationId());
      fields.put("feed_id", outcome.feed().feedId());
      fields.put("pages", outcome.pages());
      fields.put("rows", outcome.rows());
      fields.put("retries", outcome.retries());
      fields.put("lag_seconds", outcome.lagSeconds());
      outcome.error().ifPresent(error -> fields.put("error", error));
      LOG.info("feed pulled", fields);
      maxLag = Math.max(maxLag, outcome.lagSeconds());
    }
    LOG.info(
        "feeds pulled",
        Map.of(
            "feeds",
            outcomes.size(),
            LAG_METRIC,
            maxLag,
            "_aws",
            Map.of(
                "Timestamp",
                System.currentTimeMillis(),
                "CloudWatchMetrics",
                List.of(
                    Map.of(
                        "Namespace",
                        NAMESPACE,
                        "Dimensions",
                        List.of(List.of()),
                        "Metrics",
                        List.of(Map.of("Name", LAG_METRIC, "Unit", "Seconds")))))));
    return "pulled " + outcomes.size() + " feeds";
  }
}
