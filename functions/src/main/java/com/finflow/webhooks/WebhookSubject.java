package com.finflow.webhooks;

import java.util.Objects;

/**
 * What a notice is about, written {@code <kind>/<id>}, such as {@code bulk/<bulk id>} or {@code
 * extraction/<extraction id>}: its deliveries are kept, listed and redelivered under it.
 */
public record WebhookSubject(String kind, String id) {

  public static final String BULK = "bulk";
  public static final String EXTRACTION = "extraction";

  public WebhookSubject {
    Objects.requireNonNull(id, "id");
    if (kind == null || kind.isBlank() || kind.contains("/")) {
      throw new IllegalArgumentException("a subject's kind is one word, such as \"bulk\": " + kind);
    }
  }

  public static WebhookSubject bulk(String bulkId) {
    return new WebhookSubject(BULK, bulkId);
  }

  public static WebhookSubject extraction(String extractionId) {
    return new WebhookSubject(EXTRACTION, extractionId);
  }

  /** Reads {@code <kind>/<id>}, as {@link WebhookNotice#subject()} carries it. */
  public static WebhookSubject parse(String subject) {
    int slash = subject.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("a subject is written <kind>/<id>: " + subject);
    }
    return new WebhookSubject(subject.substring(0, slash), subject.substring(slash + 1));
  }

  @Override
  public String toString() {
    return kind + "/" + id;
  }
}
