package com.finflow.webhooks;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A receiver that answers the status codes it is given, in order (then 200), and keeps every
 * request.
 */
public final class ScriptedEndpoint implements WebhookEndpoint {

  /** An answer that makes the endpoint fail as an unreachable host does. */
  public static final int UNREACHABLE = -1;

  public record Request(URI url, Map<String, String> headers, String body) {}

  public final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Deque<Integer> answers;

  public ScriptedEndpoint(Integer... answers) {
    this.answers = new ArrayDeque<>(List.of(answers));
  }

  @Override
  public synchronized int post(URI url, Map<String, String> headers, String body) {
    requests.add(new Request(url, Map.copyOf(headers), body));
    int answer = answers.isEmpty() ? 200 : answers.removeFirst();
    if (answer == UNREACHABLE) {
      throw new UncheckedIOException(new ConnectException("connection refused"));
    }
    return answer;
  }
}
