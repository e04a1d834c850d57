package com.finflow.transfers;

import java.time.Instant;
import java.util.List;

/** Bulks not settled yet. */
public interface OpenBulks {

  /** Bulks not settled yet that were created before {@code before}. */
  List<Bulk> createdBefore(Instant before);
}
