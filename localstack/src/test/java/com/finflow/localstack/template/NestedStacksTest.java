package com.finflow.localstack.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.LocalJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cloud assembly whose root stack holds a feature stack, which holds another: loaded, it reads as
 * one template whose references point at resources again.
 */
class NestedStacksTest {

  private static final String FEATURE_HASH = "a".repeat(64);
  private static final String INNER_HASH = "b".repeat(64);

  @TempDir Path assembly;

  @Test
  void inlinesNestedStacksAtAnyDepthAndPointsTheirReferencesAtResources() throws IOException {
    write(
        "App.template.json",
        """
        {"Resources": {
          "Key": {"Type": "AWS::KMS::Key", "Properties": {}},
          "FeatureStack": {"Type": "AWS::CloudFormation::Stack", "Properties": {
            "TemplateURL": {"Fn::Join": ["", ["https://s3.", {"Ref": "AWS::Region"}, "/assets/%s.json"]]},
            "Parameters": {"referencetoKeyArn": {"Fn::GetAtt": ["Key", "Arn"]}}}},
          "Route": {"Type": "AWS::ApiGatewayV2::Route", "DependsOn": "FeatureStack", "Properties": {
            "Target": {"Fn::GetAtt": ["FeatureStack", "Outputs.QueueUrl"]}}}
        }}
        """
            .formatted(FEATURE_HASH));
    write(
        "AppFeature.nested.template.json",
        """
        {"Parameters": {"referencetoKeyArn": {"Type": "String"}},
         "Resources": {
          "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"KmsMasterKeyId": {"Ref": "referencetoKeyArn"}}},
          "InnerStack": {"Type": "AWS::CloudFormation::Stack", "Properties": {
            "TemplateURL": "https://s3.amazonaws.com/assets/%s.json",
            "Parameters": {"referencetoQueueRef": {"Ref": "Queue"}}}}
         },
         "Outputs": {"QueueUrl": {"Value": {"Fn::GetAtt": ["InnerStack", "Outputs.Echoed"]}}}}
        """
            .formatted(INNER_HASH));
    write(
        "AppInner.nested.template.json",
        """
        {"Parameters": {"referencetoQueueRef": {"Type": "String"}},
         "Resources": {"Table": {"Type": "AWS::DynamoDB::Table", "Properties": {"TableName": {"Ref": "referencetoQueueRef"}}}},
         "Outputs": {"Echoed": {"Value": {"Ref": "referencetoQueueRef"}}}}
        """);
    writeManifest();

    CloudFormationTemplate template =
        CloudFormationTemplate.load(assembly.resolve("App.template.json"));

    assertThat(template.resources()).containsOnlyKeys("Key", "Route", "Queue", "Table");
    assertThat(template.resources().get("Queue").properties().toString())
        .isEqualTo("{\"KmsMasterKeyId\":{\"Fn::GetAtt\":[\"Key\",\"Arn\"]}}");
    assertThat(template.resources().get("Table").properties().toString())
        .isEqualTo("{\"TableName\":{\"Ref\":\"Queue\"}}");
    assertThat(template.resources().get("Route").properties().toString())
        .isEqualTo("{\"Target\":{\"Ref\":\"Queue\"}}");
    assertThat(template.resources().get("Route").dependsOn())
        .containsExactlyInAnyOrder("Queue", "Table");
    List<String> order =
        template.creationOrder().stream().map(TemplateResource::logicalId).toList();
    assertThat(order.indexOf("Key")).isLessThan(order.indexOf("Queue"));
    assertThat(order.indexOf("Queue")).isLessThan(order.indexOf("Table"));
    assertThat(order.indexOf("Table")).isLessThan(order.indexOf("Route"));
  }

  @Test
  void refusesANestedStackWhoseTemplateIsNotAnAssetOfTheAssembly() throws IOException {
    write(
        "App.template.json",
        """
        {"Resources": {"FeatureStack": {"Type": "AWS::CloudFormation::Stack", "Properties": {
          "TemplateURL": "https://s3.amazonaws.com/assets/%s.json"}}}}
        """
            .formatted(FEATURE_HASH));
    Files.writeString(assembly.resolve("App.assets.json"), "{\"files\": {}}");

    assertThatThrownBy(() -> CloudFormationTemplate.load(assembly.resolve("App.template.json")))
        .hasMessageContaining("FeatureStack")
        .hasMessageContaining("not in the manifest");
  }

  @Test
  void refusesALogicalIdTwoStacksUse() throws IOException {
    write(
        "App.template.json",
        """
        {"Resources": {
          "Queue": {"Type": "AWS::SQS::Queue", "Properties": {}},
          "FeatureStack": {"Type": "AWS::CloudFormation::Stack", "Properties": {
            "TemplateURL": "https://s3.amazonaws.com/assets/%s.json"}}}}
        """
            .formatted(FEATURE_HASH));
    write(
        "AppFeature.nested.template.json",
        "{\"Resources\": {\"Queue\": {\"Type\": \"AWS::SQS::Queue\", \"Properties\": {}}}}");
    writeManifest();

    assertThatThrownBy(() -> CloudFormationTemplate.load(assembly.resolve("App.template.json")))
        .hasMessageContaining("repeats the logical id Queue");
  }

  @Test
  void readsTheTemplatesTheCdkCliSynthesizesWithAUsageReportInEveryStack() throws IOException {
    String metadata =
        """
        "CDKMetadata": {"Type": "AWS::CDK::Metadata", "Properties": {"Analytics": "v2:deflate64:%s"},
                        "Condition": "CDKMetadataAvailable"}
        """;
    String available =
        """
        "CDKMetadataAvailable": {"Fn::Equals": [{"Ref": "AWS::Region"}, "eu-west-1"]}
        """;
    write(
        "App.template.json",
        """
        {"Conditions": {%s},
         "Resources": {%s,
          "FeatureStack": {"Type": "AWS::CloudFormation::Stack", "Properties": {
            "TemplateURL": "https://s3.amazonaws.com/assets/%s.json"}}}}
        """
            .formatted(available, metadata.formatted("root"), FEATURE_HASH));
    write(
        "AppFeature.nested.template.json",
        """
        {"Conditions": {%s, "Other": {"Fn::Equals": ["a", "b"]}},
         "Resources": {%s,
          "Queue": {"Type": "AWS::SQS::Queue", "Properties": {}}}}
        """
            .formatted(available, metadata.formatted("feature")));
    writeManifest();

    CloudFormationTemplate template =
        CloudFormationTemplate.load(assembly.resolve("App.template.json"));

    assertThat(template.resources()).containsOnlyKeys("CDKMetadata", "Queue");
    assertThat(template.resources().get("CDKMetadata").properties().toString()).contains("root");
  }

  @Test
  void refusesAConditionTwoStacksDefineOtherwise() throws IOException {
    write(
        "App.template.json",
        """
        {"Conditions": {"Chosen": {"Fn::Equals": ["a", "a"]}},
         "Resources": {
          "FeatureStack": {"Type": "AWS::CloudFormation::Stack", "Properties": {
            "TemplateURL": "https://s3.amazonaws.com/assets/%s.json"}}}}
        """
            .formatted(FEATURE_HASH));
    write(
        "AppFeature.nested.template.json",
        """
        {"Conditions": {"Chosen": {"Fn::Equals": ["a", "b"]}},
         "Resources": {"Queue": {"Type": "AWS::SQS::Queue", "Properties": {}}}}
        """);
    writeManifest();

    assertThatThrownBy(() -> CloudFormationTemplate.load(assembly.resolve("App.template.json")))
        .hasMessageContaining("repeats the Conditions entry Chosen");
  }

  private void writeManifest() throws IOException {
    Files.writeString(
        assembly.resolve("App.assets.json"),
        LocalJson.MAPPER
            .createObjectNode()
            .set(
                "files",
                LocalJson.MAPPER
                    .createObjectNode()
                    .<ObjectNode>set(FEATURE_HASH, asset("AppFeature.nested.template.json"))
                    .set(INNER_HASH, asset("AppInner.nested.template.json")))
            .toString());
  }

  private static ObjectNode asset(String path) {
    ObjectNode asset = LocalJson.MAPPER.createObjectNode();
    asset.putObject("source").put("path", path);
    return asset;
  }

  private void write(String name, String json) throws IOException {
    Files.writeString(assembly.resolve(name), json);
  }
}
