package com.finflow.localstack.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.template.TemplateResource;
import java.util.Map;

/** AWS::KMS::Alias. */
final class KmsAliasProvisioner implements ResourceProvisioner {

  @Override
  public PhysicalResource create(
      TemplateResource resource, JsonNode properties, ProvisioningContext context) {
    String name = properties.path("AliasName").asText();
    String target = properties.path("TargetKeyId").asText();
    // The template may name the key by ARN (Fn::GetAtt Key.Arn); the key id is its last part.
    String keyId =
        target.startsWith("arn:") ? target.substring(target.lastIndexOf('/') + 1) : target;
    context.clients().kms().createAlias(create -> create.aliasName(name).targetKeyId(keyId));
    return new PhysicalResource(
        resource.logicalId(), resource.type(), name, Map.of(), properties, true);
  }
}
