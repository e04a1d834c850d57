package com.finflow.localstack.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.provision.PhysicalResource;
import com.finflow.localstack.provision.ProvisionedStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the SQS event source mappings out of the provisioned template; other sources are not
 * emulated.
 */
public final class QueueMappings {

  private QueueMappings() {}

  public static List<QueueMapping> from(ProvisionedStack stack) {
    List<QueueMapping> mappings = new ArrayList<>();
    for (PhysicalResource resource : stack.ofType("AWS::Lambda::EventSourceMapping")) {
      JsonNode properties = resource.properties();
      if (!properties.path("Enabled").asBoolean(true)) {
        continue;
      }
      String source = properties.path("EventSourceArn").asText();
      PhysicalResource queue =
          stack.ofType("AWS::SQS::Queue").stream()
              .filter(candidate -> candidate.attribute("Arn").orElse("").equals(source))
              .findFirst()
              .orElse(null);
      if (queue == null) {
        System.out.println(
            "event source mapping " + resource.logicalId() + " reads " + source + ": not emulated");
        continue;
      }
      boolean reportsFailures = false;
      for (JsonNode type : properties.path("FunctionResponseTypes")) {
        reportsFailures |= type.asText().equals("ReportBatchItemFailures");
      }
      mappings.add(
          new QueueMapping(
              resource.logicalId(),
              source,
              queue.ref(),
              properties.path("FunctionName").asText(),
              properties.path("BatchSize").asInt(10),
              Duration.ofSeconds(properties.path("MaximumBatchingWindowInSeconds").asLong(0)),
              reportsFailures));
    }
    return mappings;
  }
}
