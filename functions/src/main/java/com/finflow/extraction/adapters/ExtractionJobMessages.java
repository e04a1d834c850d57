package com.finflow.extraction.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.extraction.Cpf;
import com.finflow.extraction.ExtractionCommand;
import com.finflow.extraction.ExtractionJob;
import com.finflow.shared.Json;
import com.finflow.shared.sqs.UnreadableMessage;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An extraction job as a message of the extraction queue: a flat JSON object in snake_case.
 * Messages queued by earlier versions read the same (lenient, incremental); their {@code kind} is
 * ignored, since running a job whose extraction has ended only publishes its notice.
 */
public final class ExtractionJobMessages {

  private ExtractionJobMessages() {}

  public static String write(ExtractionJob job) {
    ExtractionCommand command = job.command();
    Map<String, String> message =
        new HashMap<>(
            Map.of(
                "extraction_id",
                job.extractionId(),
                "organization_id",
                job.organizationId(),
                "name",
                command.applicationName(),
                "organization_name",
                command.organizationName(),
                "client_organization_id",
                command.clientOrganizationId(),
                "user_document_number",
                command.user().digits()));
    command.webhookUrl().ifPresent(url -> message.put("webhook_url", url.toString()));
    if (command.strict()) {
      message.put("strict", "true");
    }
    if (command.full()) {
      message.put("full", "true");
    }
    return Json.write(message);
  }

  /**
   * @throws UnreadableMessage when the body is not an extraction job, so it goes to the dead-letter
   *     queue at once
   */
  public static ExtractionJob read(String body) {
    try {
      JsonNode job = Json.MAPPER.readTree(body);
      Cpf user = Cpf.parse(job.path("user_document_number").asText()).orElseThrow();
      Optional<URI> webhookUrl =
          job.hasNonNull("webhook_url")
              ? Optional.of(URI.create(job.path("webhook_url").asText()))
              : Optional.empty();
      return new ExtractionJob(
          job.path("extraction_id").asText(),
          job.path("organization_id").asText(),
          new ExtractionCommand(
              job.path("name").asText(),
              job.path("organization_name").asText(),
              job.path("client_organization_id").asText(),
              user,
              true,
              webhookUrl,
              job.path("strict").asBoolean(false),
              job.path("full").asBoolean(false)));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new UnreadableMessage("not an extraction job");
    }
  }
}
