package com.finflow.extraction.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.finflow.extraction.Cpf;
import com.finflow.extraction.ExtractionCommand;
import com.finflow.extraction.ExtractionJob;
import com.finflow.extraction.ExtractionJobs;
import com.finflow.shared.sqs.UnreadableMessage;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Extraction jobs as messages of the extraction queue (encrypted at rest with the customer key, like every queue). */
public final class SqsExtractionJobs implements ExtractionJobs {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SqsClient sqs;
  private final String queueUrl;

  public SqsExtractionJobs(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public void submit(ExtractionJob job) {
    String body = write(job);
    sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
  }

  /** The message body of a job. */
  public static String write(ExtractionJob job) {
    ExtractionCommand command = job.command();
    try {
      Map<String, String> message = new HashMap<>(Map.of(
          "kind", job.kind().name(), "extraction_id", job.extractionId(), "organization_id", job.organizationId(),
          "name", command.applicationName(), "organization_name", command.organizationName(),
          "client_organization_id", command.clientOrganizationId(), "user_document_number", command.user().digits()));
      command.webhookUrl().ifPresent(url -> message.put("webhook_url", url.toString()));
      return JSON.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ExtractionJob read(String body) {
    try {
      JsonNode job = JSON.readTree(body);
      Cpf user = Cpf.parse(job.path("user_document_number").asText()).orElseThrow();
      Optional<URI> webhookUrl = job.hasNonNull("webhook_url")
          ? Optional.of(URI.create(job.path("webhook_url").asText())) : Optional.empty();
      return new ExtractionJob(ExtractionJob.Kind.valueOf(job.path("kind").asText("EXTRACT")),
          job.path("extraction_id").asText(), job.path("organization_id").asText(),
          new ExtractionCommand(job.path("name").asText(), job.path("organization_name").asText(),
              job.path("client_organization_id").asText(), user, true, webhookUrl));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new UnreadableMessage("not an extraction job");
    }
  }
}
