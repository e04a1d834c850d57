package com.finflow.localstack.sqs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.emulators.AwsAccount;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** Builds the SQSEvent Lambda's SQS poller sends to a function. */
final class SqsEvents {

  private SqsEvents() {}

  static ObjectNode event(List<Message> messages, String queueArn) {
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    ArrayNode records = event.putArray("Records");
    for (Message message : messages) {
      ObjectNode record = records.addObject();
      record.put("messageId", message.messageId());
      record.put("receiptHandle", message.receiptHandle());
      record.put("body", message.body());
      ObjectNode attributes = record.putObject("attributes");
      message.attributesAsStrings().forEach(attributes::put);
      ObjectNode messageAttributes = record.putObject("messageAttributes");
      message
          .messageAttributes()
          .forEach((name, value) -> messageAttributes.set(name, attribute(value)));
      record.put("md5OfBody", message.md5OfBody());
      if (message.md5OfMessageAttributes() != null) {
        record.put("md5OfMessageAttributes", message.md5OfMessageAttributes());
      }
      record.put("eventSource", "aws:sqs");
      record.put("eventSourceARN", queueArn);
      record.put("awsRegion", AwsAccount.REGION);
    }
    return event;
  }

  private static ObjectNode attribute(MessageAttributeValue value) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (value.stringValue() != null) {
      node.put("stringValue", value.stringValue());
    }
    if (value.binaryValue() != null) {
      node.put(
          "binaryValue", Base64.getEncoder().encodeToString(value.binaryValue().asByteArray()));
    }
    node.putArray("stringListValues");
    node.putArray("binaryListValues");
    node.put("dataType", value.dataType());
    return node;
  }
}
