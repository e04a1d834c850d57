package com.finflow.transfers;

import java.util.Optional;

/** Recorded bulks, read as they are now. */
public interface Bulks {

  Optional<Bulk> find(String bulkId);
}
