package com.finflow.localstack.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.template.TemplateResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** AWS::DynamoDB::Table, with its indexes, stream and time to live. */
final class DynamoDbTableProvisioner implements ResourceProvisioner {

  @Override
  public PhysicalResource create(
      TemplateResource resource, JsonNode properties, ProvisioningContext context) {
    String name =
        properties.has("TableName")
            ? properties.get("TableName").asText()
            : context.generatedName(resource.logicalId(), 255);
    boolean onDemand =
        properties.path("BillingMode").asText("PROVISIONED").equals("PAY_PER_REQUEST");
    CreateTableRequest.Builder request =
        CreateTableRequest.builder()
            .tableName(name)
            .keySchema(keySchema(properties.path("KeySchema")))
            .attributeDefinitions(attributeDefinitions(properties.path("AttributeDefinitions")))
            .billingMode(onDemand ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED);
    if (!onDemand) {
      request.provisionedThroughput(throughput(properties.path("ProvisionedThroughput")));
    }
    List<GlobalSecondaryIndex> globalIndexes = new ArrayList<>();
    for (JsonNode index : properties.path("GlobalSecondaryIndexes")) {
      GlobalSecondaryIndex.Builder gsi =
          GlobalSecondaryIndex.builder()
              .indexName(index.path("IndexName").asText())
              .keySchema(keySchema(index.path("KeySchema")))
              .projection(projection(index.path("Projection")));
      if (!onDemand) {
        gsi.provisionedThroughput(throughput(index.path("ProvisionedThroughput")));
      }
      globalIndexes.add(gsi.build());
    }
    if (!globalIndexes.isEmpty()) {
      request.globalSecondaryIndexes(globalIndexes);
    }
    List<LocalSecondaryIndex> localIndexes = new ArrayList<>();
    for (JsonNode index : properties.path("LocalSecondaryIndexes")) {
      localIndexes.add(
          LocalSecondaryIndex.builder()
              .indexName(index.path("IndexName").asText())
              .keySchema(keySchema(index.path("KeySchema")))
              .projection(projection(index.path("Projection")))
              .build());
    }
    if (!localIndexes.isEmpty()) {
      request.localSecondaryIndexes(localIndexes);
    }
    JsonNode stream = properties.path("StreamSpecification");
    if (stream.has("StreamViewType")) {
      request.streamSpecification(
          StreamSpecification.builder()
              .streamEnabled(true)
              .streamViewType(stream.get("StreamViewType").asText())
              .build());
    }
    TableDescription table;
    try {
      table = context.clients().dynamoDb().createTable(request.build()).tableDescription();
    } catch (ResourceInUseException keptFromAnEarlierRun) {
      table =
          context.clients().dynamoDb().describeTable(describe -> describe.tableName(name)).table();
    }
    JsonNode ttl = properties.path("TimeToLiveSpecification");
    if (ttl.path("Enabled").asBoolean(false)) {
      context
          .clients()
          .dynamoDb()
          .updateTimeToLive(
              update ->
                  update
                      .tableName(name)
                      .timeToLiveSpecification(
                          spec ->
                              spec.enabled(true)
                                  .attributeName(ttl.path("AttributeName").asText())));
    }
    Map<String, String> attributes = new HashMap<>();
    attributes.put("Arn", table.tableArn());
    if (table.latestStreamArn() != null) {
      attributes.put("StreamArn", table.latestStreamArn());
    }
    return new PhysicalResource(
        resource.logicalId(), resource.type(), name, attributes, properties, true);
  }

  private static List<KeySchemaElement> keySchema(JsonNode keys) {
    List<KeySchemaElement> schema = new ArrayList<>();
    keys.forEach(
        key ->
            schema.add(
                KeySchemaElement.builder()
                    .attributeName(key.path("AttributeName").asText())
                    .keyType(key.path("KeyType").asText())
                    .build()));
    return schema;
  }

  private static List<AttributeDefinition> attributeDefinitions(JsonNode definitions) {
    List<AttributeDefinition> result = new ArrayList<>();
    definitions.forEach(
        definition ->
            result.add(
                AttributeDefinition.builder()
                    .attributeName(definition.path("AttributeName").asText())
                    .attributeType(definition.path("AttributeType").asText())
                    .build()));
    return result;
  }

  private static Projection projection(JsonNode projection) {
    Projection.Builder builder =
        Projection.builder().projectionType(projection.path("ProjectionType").asText("ALL"));
    List<String> nonKey = new ArrayList<>();
    projection.path("NonKeyAttributes").forEach(attribute -> nonKey.add(attribute.asText()));
    if (!nonKey.isEmpty()) {
      builder.nonKeyAttributes(nonKey);
    }
    return builder.build();
  }

  private static ProvisionedThroughput throughput(JsonNode throughput) {
    return ProvisionedThroughput.builder()
        .readCapacityUnits(throughput.path("ReadCapacityUnits").asLong(5))
        .writeCapacityUnits(throughput.path("WriteCapacityUnits").asLong(5))
        .build();
  }
}
