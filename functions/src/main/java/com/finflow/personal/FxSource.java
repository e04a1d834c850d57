package com.finflow.personal;

import java.time.LocalDate;
import java.util.List;

/** Where euro reference rates come from: the European Central Bank, or a sandbox. */
public interface FxSource {

  /**
   * The publications on or after {@code day} that the source holds, in any order; it may return
   * older ones too. Throws {@link com.finflow.shared.failure.UpstreamFailed} when it cannot answer.
   */
  List<DailyRates> publishedSince(LocalDate day);
}
