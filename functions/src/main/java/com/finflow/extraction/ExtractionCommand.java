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
 * @param strict fail the extraction when a record of the provider cannot be read, rather than leave
 *     it out and list it in the summary's errors
 * @param full fetch every transaction again, rather than only those newer than the ones kept from
 *     an earlier extraction of this consent
 */
public record ExtractionCommand(
    String applicationName,
    String organizationName,
    String clientOrganizationId,
    Cpf user,
    boolean async,
    Optional<URI> webhookUrl,
    boolean strict,
    boolean full) {

  /** Lenient and incremental. */
  public ExtractionCommand(
      String applicationName,
      String organizationName,
      String clientOrganizationId,
      Cpf user,
      boolean async,
      Optional<URI> webhookUrl) {
    this(
        applicationName,
        organizationName,
        clientOrganizationId,
        user,
        async,
        webhookUrl,
        false,
        false);
  }

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
