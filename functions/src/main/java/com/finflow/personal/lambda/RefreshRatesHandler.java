package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.finflow.personal.RefreshRates;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.lambda.ScheduledFunction;
import com.finflow.shared.log.Invocation;
import com.finflow.shared.log.StructuredLog;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs on a schedule: keeps the reference rates published since the newest kept. A failing source
 * fails the run (logged, and counted by Lambda's error metric); the next run catches up.
 */
public final class RefreshRatesHandler extends ScheduledFunction {

  private static final StructuredLog LOG = StructuredLog.of(RefreshRatesHandler.class);

  private final RefreshRates refreshRates;

  public RefreshRatesHandler() {
    this(PersonalWiring.refreshRates());
  }

  RefreshRatesHandler(RefreshRates refreshRates) {
    this.refreshRates = refreshRates;
  }

  @Override
  public String handleRequest(Map<String, Object> event, Context context) {
    Invocation.begin(
        context == null ? "local" : context.getFunctionName(),
        String.valueOf(event == null ? "schedule" : event.getOrDefault("id", "schedule")));
    RefreshRates.Outcome outcome = refreshRates.refresh();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("kept", outcome.kept());
    fields.put("newest", outcome.newest().map(Object::toString).orElse("none"));
    LOG.info("reference rates refreshed", fields);
    return "kept " + outcome.kept();
  }
}
