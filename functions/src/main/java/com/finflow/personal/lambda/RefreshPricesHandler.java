package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.finflow.personal.RefreshPrices;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.lambda.ScheduledFunction;
import com.finflow.shared.log.Invocation;
import com.finflow.shared.log.StructuredLog;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs on a schedule: fetches the current month again for every symbol in use. A symbol whose fetch
 * fails is logged and left for the next run.
 */
public final class RefreshPricesHandler extends ScheduledFunction {

  private static final StructuredLog LOG = StructuredLog.of(RefreshPricesHandler.class);

  private final RefreshPrices refreshPrices;

  public RefreshPricesHandler() {
    this(PersonalWiring.refreshPrices());
  }

  RefreshPricesHandler(RefreshPrices refreshPrices) {
    this.refreshPrices = refreshPrices;
  }

  @Override
  public String handleRequest(Map<String, Object> event, Context context) {
    Invocation.begin(
        context == null ? "local" : context.getFunctionName(),
        String.valueOf(event == null ? "schedule" : event.getOrDefault("id", "schedule")));
    RefreshPrices.Outcome outcome = refreshPrices.run();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("refreshed", outcome.refreshed());
    fields.put("skipped", outcome.skipped());
    fields.put("failed", outcome.failed());
    LOG.info("prices refreshed", fields);
    return "refreshed " + outcome.refreshed().size() + ", failed " + outcome.failed().size();
  }
}
