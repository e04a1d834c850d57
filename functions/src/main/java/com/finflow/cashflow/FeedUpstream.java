package com.finflow.cashflow;

import java.util.List;
import java.util.Optional;

/** An organization's data API, as a feed's address and API key reach it. */
public interface FeedUpstream {

  /** Every company the upstream knows. */
  List<RegisterCompanyCommand> companies(Feed feed);

  /** Every exchange rate period the upstream knows. */
  List<ExchangeRate> rates(Feed feed);

  /** The page at {@code cursor} (the first page when empty). */
  FeedPage page(Feed feed, Source source, Optional<String> cursor);

  /** An upstream that did not answer usefully: down, dropped, slow, truncated or refusing. */
  final class Failure extends RuntimeException {

    private final boolean retryable;

    public Failure(String message, boolean retryable) {
      super(message);
      this.retryable = retryable;
    }

    /** 5xx, 429, a dropped connection, a timeout or an unreadable body: worth another try. */
    public boolean retryable() {
      return retryable;
    }
  }
}
