package com.finflow.extraction.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.finflow.extraction.Cpf;
import com.finflow.extraction.ExtractionCommand;
import com.finflow.extraction.ExtractionJob;
import com.finflow.extraction.ExtractionJobs;
import com.finflow.shared.sqs.UnreadableMessage;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.Map;

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
    ExtractionCommand command = job.command();
    try {
      String body = JSON.writeValueAsString(Map.of(
          "extraction_id", job.extractionId(), "organization_id", job.organizationId(),
          "name", command.applicationName(), "organization_name", command.organizationName(),
          "client_organization_id", command.clientOrganizationId(), "user_document_number", command.user().digits()));
      sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ExtractionJob read(String body) {
    try {
      JsonNode job = JSON.readTree(body);
      Cpf user = Cpf.parse(job.path("user_document_number").asText()).orElseThrow();
      return new ExtractionJob(job.path("extraction_id").asText(), job.path("organization_id").asText(),
          new ExtractionCommand(job.path("name").asText(), job.path("organization_name").asText(),
              job.path("client_organization_id").asText(), user, true));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new UnreadableMessage("not an extraction job");
    }
  }
}
