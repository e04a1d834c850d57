package com.finflow.extraction;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caller asks to extract: for which user (a valid CPF), on behalf of which application, and
 * whether to run it later from the queue, telling which webhook when done. Built only from a
 * request already checked in full.
 *
 * @param webhookUrl an address already checked as a webhook may use it; only with {@code async}
 */
public record ExtractionCommand(
    String applicationName,
    String organizationName,
    String clientOrganizationId,
    Cpf user,
    boolean async,
    Optional<URI> webhookUrl) {

  public ExtractionCommand {
    Objects.requireNonNull(applicationName);
    Objects.requireNonNull(organizationName);
    Objects.requireNonNull(clientOrganizationId);
    Objects.requireNonNull(user);
    Objects.requireNonNull(webhookUrl);
    if (webhookUrl.isPresent() && !async) {
      throw new IllegalArgumentException("a webhook is only told of asynchronous extractions");
    }
  }
}
