package com.finflow.personal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Analytics views, write marks and refresh requests in memory: requests are kept until a test hands
 * them to the refresher, as the queue would.
 */
public final class InMemoryAnalytics implements AnalyticsViews, WriteMarks, RefreshRequests {

  public record Request(String userId, Instant writtenAt) {}

  private final Map<String, ViewHead> heads = new ConcurrentHashMap<>();
  private final Map<String, List<ViewEntry>> generations = new ConcurrentHashMap<>();
  private final Map<String, Instant> marks = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();

  @Override
  public Optional<ViewHead> head(String userId) {
    return Optional.ofNullable(heads.get(userId));
  }

  @Override
  public List<ViewEntry> entries(String userId, ViewHead head, LocalDate from, LocalDate to) {
    return generations.getOrDefault(head.generation(), List.of()).stream()
        .filter(entry -> !entry.day().isBefore(from) && !entry.day().isAfter(to))
        .toList();
  }

  @Override
  public synchronized boolean replace(String userId, ViewHead head, List<ViewEntry> entries) {
    ViewHead current = heads.get(userId);
    if (current != null && current.asOf().isAfter(head.asOf())) {
      return false;
    }
    generations.put(head.generation(), List.copyOf(entries));
    heads.put(userId, head);
    if (current != null) {
      generations.remove(current.generation());
    }
    return true;
  }

  @Override
  public void mark(String userId, Instant at) {
    marks.merge(userId, at, (old, fresh) -> fresh.isAfter(old) ? fresh : old);
  }

  @Override
  public Optional<Instant> lastWrite(String userId) {
    return Optional.ofNullable(marks.get(userId));
  }

  @Override
  public synchronized void request(String userId, Instant writtenAt) {
    requests.add(new Request(userId, writtenAt));
  }

  /** The requests made so far, removed: what the queue would deliver next. */
  public synchronized List<Request> drain() {
    List<Request> taken = List.copyOf(requests);
    requests.clear();
    return taken;
  }
}
