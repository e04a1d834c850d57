package com.finflow.localstack.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.emulators.AwsAccount;
import com.finflow.localstack.template.TemplateResource;
import java.util.HashMap;
import java.util.Map;

/**
 * AWS::SQS::Queue; a dead-letter queue is created first because the redrive policy refers to it.
 */
final class SqsQueueProvisioner implements ResourceProvisioner {

  private static final Map<String, String> PLAIN_ATTRIBUTES =
      Map.of(
          "VisibilityTimeout", "VisibilityTimeout",
          "MessageRetentionPeriod", "MessageRetentionPeriod",
          "DelaySeconds", "DelaySeconds",
          "MaximumMessageSize", "MaximumMessageSize",
          "ReceiveMessageWaitTimeSeconds", "ReceiveMessageWaitTimeSeconds",
          "ContentBasedDeduplication", "ContentBasedDeduplication");

  @Override
  public PhysicalResource create(
      TemplateResource resource, JsonNode properties, ProvisioningContext context) {
    boolean fifo = properties.path("FifoQueue").asBoolean(false);
    String name =
        properties.has("QueueName")
            ? properties.get("QueueName").asText()
            : context.generatedName(resource.logicalId(), fifo ? 75 : 80) + (fifo ? ".fifo" : "");
    Map<String, String> attributes = new HashMap<>();
    PLAIN_ATTRIBUTES.forEach(
        (property, attribute) -> {
          if (properties.has(property)) {
            attributes.put(attribute, properties.get(property).asText());
          }
        });
    if (fifo) {
      attributes.put("FifoQueue", "true");
    }
    JsonNode redrive = properties.path("RedrivePolicy");
    if (redrive.isObject()) {
      attributes.put("RedrivePolicy", redrive.toString());
    } else if (redrive.isTextual()) {
      attributes.put("RedrivePolicy", redrive.asText());
    }
    String url =
        context
            .clients()
            .sqs()
            .createQueue(create -> create.queueName(name).attributesWithStrings(attributes))
            .queueUrl();
    String arn = AwsAccount.arn("sqs", name);
    return new PhysicalResource(
        resource.logicalId(),
        resource.type(),
        url,
        Map.of("Arn", arn, "QueueUrl", url, "QueueName", name),
        properties,
        true);
  }
}
