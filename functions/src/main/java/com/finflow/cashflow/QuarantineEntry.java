package com.finflow.cashflow;

/** Something set aside with the rule that caught it: a row, or a whole refused delivery. */
public sealed interface QuarantineEntry permits QuarantinedRow, RefusedBatch {

  Rule rule();

  Source source();
}
