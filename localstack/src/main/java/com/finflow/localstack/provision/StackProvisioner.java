package com.finflow.localstack.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.template.CloudFormationTemplate;
import com.finflow.localstack.template.Intrinsics;
import com.finflow.localstack.template.TemplateResource;
import java.util.HashMap;
import java.util.Map;

/** Walks the template in creation order and creates what the local stack emulates. */
public final class StackProvisioner {

  /** Types the runtime serves itself: nothing to create, but their properties must be resolved. */
  private static final ResourceProvisioner DESCRIBED_ONLY =
      (resource, properties, context) ->
          new PhysicalResource(
              resource.logicalId(),
              resource.type(),
              resource.logicalId(),
              Map.of(),
              properties,
              true);

  private final Map<String, ResourceProvisioner> provisioners = new HashMap<>();

  public StackProvisioner() {
    LambdaProvisioners lambda = new LambdaProvisioners();
    provisioners.put("AWS::DynamoDB::Table", new DynamoDbTableProvisioner());
    provisioners.put("AWS::SQS::Queue", new SqsQueueProvisioner());
    provisioners.put("AWS::KMS::Key", new KmsKeyProvisioner());
    provisioners.put("AWS::KMS::Alias", new KmsAliasProvisioner());
    provisioners.put("AWS::SecretsManager::Secret", new SecretProvisioner());
    provisioners.put("AWS::Lambda::Function", lambda.function());
    provisioners.put("AWS::Lambda::Version", lambda.version());
    provisioners.put("AWS::Lambda::Alias", lambda.alias());
    for (String type :
        new String[] {
          "AWS::Lambda::EventSourceMapping", "AWS::ApiGatewayV2::Api",
              "AWS::ApiGatewayV2::Integration",
          "AWS::ApiGatewayV2::Route", "AWS::ApiGatewayV2::Authorizer", "AWS::Events::Rule"
        }) {
      provisioners.put(type, DESCRIBED_ONLY);
    }
  }

  public ProvisionedStack provision(
      CloudFormationTemplate template, AwsClients clients, String stackName) {
    ProvisionedStack stack = new ProvisionedStack();
    Intrinsics intrinsics = new Intrinsics(template, stack, stackName);
    ProvisioningContext context = new ProvisioningContext(clients, stack, stackName);
    for (TemplateResource resource : template.creationOrder()) {
      if (resource.condition().isPresent() && !intrinsics.condition(resource.condition().get())) {
        continue;
      }
      ResourceProvisioner provisioner = provisioners.get(resource.type());
      if (provisioner == null) {
        stack.add(
            new PhysicalResource(
                resource.logicalId(),
                resource.type(),
                resource.logicalId(),
                Map.of(),
                resource.properties(),
                false));
        continue;
      }
      try {
        JsonNode properties = intrinsics.resolve(resource.properties());
        stack.add(provisioner.create(resource, properties, context));
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "could not create "
                + resource.logicalId()
                + " ("
                + resource.type()
                + "): "
                + e.getMessage(),
            e);
      }
    }
    return stack;
  }
}
