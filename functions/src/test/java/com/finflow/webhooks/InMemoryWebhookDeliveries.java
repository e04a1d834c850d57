package com.finflow.webhooks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The delivery log in memory, with DynamoDB's rules: a delivery is recorded once, attempts only
 * appended.
 */
public final class InMemoryWebhookDeliveries implements WebhookDeliveries {

  private record Key(WebhookSubject subject, String deliveryId) {}

  private final Map<Key, WebhookDelivery> deliveries = new ConcurrentHashMap<>();

  @Override
  public boolean record(WebhookDelivery delivery) {
    return deliveries.putIfAbsent(new Key(delivery.subject(), delivery.id()), delivery) == null;
  }

  @Override
  public Optional<WebhookDelivery> find(WebhookSubject subject, String deliveryId) {
    return Optional.ofNullable(deliveries.get(new Key(subject, deliveryId)));
  }

  @Override
  public List<WebhookDelivery> of(WebhookSubject subject) {
    return deliveries.values().stream()
        .filter(delivery -> delivery.subject().equals(subject))
        .sorted(Comparator.comparing(WebhookDelivery::id))
        .toList();
  }

  @Override
  public void recordAttempt(
      WebhookSubject subject, String deliveryId, WebhookDelivery.Attempt attempt) {
    deliveries.computeIfPresent(
        new Key(subject, deliveryId),
        (key, delivery) -> {
          List<WebhookDelivery.Attempt> attempts = new ArrayList<>(delivery.attempts());
          attempts.add(attempt);
          WebhookDelivery.Status status =
              attempt.succeeded() ? WebhookDelivery.Status.DELIVERED : delivery.status();
          return new WebhookDelivery(
              delivery.id(),
              delivery.subject(),
              delivery.organizationId(),
              delivery.eventType(),
              delivery.url(),
              delivery.payload(),
              status,
              delivery.createdAt(),
              attempts);
        });
  }

  public int size() {
    return deliveries.size();
  }
}
