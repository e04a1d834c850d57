package com.finflow.webhooks;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened, to be told to an organization's webhook: the one shape in which every
 * feature hands a notice to the webhooks feature.
 *
 * @param id derived from the event (for example {@code bulk.settled:<bulk id>}), so publishing it
 *     again is harmless
 * @param type the event type, such as {@code bulk.settled} or {@code extraction.completed}
 * @param subject what the notice is about, as {@code <kind>/<id>} (for example {@code bulk/<bulk
 *     id>}): its deliveries are listed and redelivered under it
 * @param data the event's own members, serialized as the notice's {@code data} in the order given
 */
public record WebhookNotice(
    String id,
    String type,
    String organizationId,
    String subject,
    URI url,
    Map<String, Object> data) {

  public WebhookNotice {
    data.forEach((name, value) -> Objects.requireNonNull(value, name));
    data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }
}
