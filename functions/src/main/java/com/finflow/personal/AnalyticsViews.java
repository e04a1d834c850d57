package com.finflow.personal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where each user's analytics view is kept: a head and the entries of its generation. */
public interface AnalyticsViews {

  Optional<ViewHead> head(String userId);

  /** The entries of the head's generation from {@code from} to {@code to}, inclusive. */
  List<ViewEntry> entries(String userId, ViewHead head, LocalDate from, LocalDate to);

  /**
   * Keeps a new generation and makes it the head, unless the head already reflects a later write (a
   * slower refresh finishing after a faster one): false then, and nothing of it is kept.
   */
  boolean replace(String userId, ViewHead head, List<ViewEntry> entries);
}
