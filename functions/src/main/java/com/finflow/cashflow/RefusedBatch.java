package com.finflow.cashflow;

/**
 * A delivery whose batch id was already used for other rows, set aside whole ({@link
 * Rule#BATCH_ID_REUSED}); its rows count in the rule's counter, the delivery is listed once.
 *
 * @param digest identifies the refused rows, so that the same refused delivery counts once
 */
public record RefusedBatch(Source source, String batchId, String digest, int rows)
    implements QuarantineEntry {

  @Override
  public Rule rule() {
    return Rule.BATCH_ID_REUSED;
  }
}
