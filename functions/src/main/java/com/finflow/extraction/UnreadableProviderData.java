package com.finflow.extraction;

import com.finflow.shared.failure.UpstreamFailed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A strict extraction met records of the provider it could not read: it fails rather than leave
 * them out. The problem lists each one ({@code unreadable}: account, record id, field, reason).
 */
public final class UnreadableProviderData extends UpstreamFailed {

  public UnreadableProviderData(List<Extraction.AccountError> unreadable) {
    super(
        "provider-data-unreadable",
        unreadable.size()
            + (unreadable.size() == 1 ? " record" : " records")
            + " of the provider could not be read: "
            + unreadable.stream()
                .limit(5)
                .map(Extraction.AccountError::describe)
                .collect(Collectors.joining("; "))
            + (unreadable.size() > 5 ? "; ..." : ""),
        Map.of("unreadable", unreadable));
  }
}
