package com.finflow.personal;

import com.finflow.shared.failure.Conflict;
import java.util.Map;

/**
 * The caller already has as many of these as one may (institutions or accounts per user, holdings
 * per account); removing one makes room.
 */
public final class BookLimitReached extends Conflict {

  public BookLimitReached(String what, int limit) {
    super(
        "book-limit-reached",
        "at most " + limit + " " + what + " are kept",
        Map.of("limit", limit));
  }
}
