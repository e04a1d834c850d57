package com.finflow.transfers.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.finflow.shared.lambda.ScheduledFunction;
import com.finflow.shared.log.Invocation;
import com.finflow.shared.log.StructuredLog;
import com.finflow.transfers.ReconcileBulks;
import com.finflow.transfers.adapters.TransfersWiring;
import java.util.Map;

/**
 * Runs on a schedule: moves on every bulk still open past its deadline. The EventBridge event is
 * read as a plain map: its typed class needs Joda-Time, which the function jar leaves out.
 */
public final class ReconcileBulksHandler extends ScheduledFunction {

  private static final StructuredLog LOG = StructuredLog.of(ReconcileBulksHandler.class);

  private final ReconcileBulks reconcileBulks;

  public ReconcileBulksHandler() {
    this(TransfersWiring.reconcileBulks());
  }

  ReconcileBulksHandler(ReconcileBulks reconcileBulks) {
    this.reconcileBulks = reconcileBulks;
  }

  @Override
  public String handleRequest(Map<String, Object> event, Context context) {
    Invocation.begin(
        context == null ? "local" : context.getFunctionName(),
        String.valueOf(event == null ? "schedule" : event.getOrDefault("id", "schedule")));
    ReconcileBulks.Pass pass = reconcileBulks.reconcile();
    LOG.info(
        "reconciled",
        Map.of(
            "re_enqueued",
            pass.reEnqueued(),
            "settlements_requested",
            pass.settlementsRequested(),
            "notices_published",
            pass.noticesPublished(),
            "bulks_with_notices_left",
            pass.bulksWithNoticesLeft()));
    return "re-enqueued "
        + pass.reEnqueued()
        + ", settlements requested "
        + pass.settlementsRequested()
        + ", notices published "
        + pass.noticesPublished();
  }
}
