package com.finflow.localstack.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.template.TemplateResource;
import java.util.Map;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/** AWS::KMS::Key. The key policy is not enforced locally. */
final class KmsKeyProvisioner implements ResourceProvisioner {

  @Override
  public PhysicalResource create(
      TemplateResource resource, JsonNode properties, ProvisioningContext context) {
    KeyMetadata key =
        context
            .clients()
            .kms()
            .createKey(
                create ->
                    create
                        .keySpec(properties.path("KeySpec").asText("SYMMETRIC_DEFAULT"))
                        .keyUsage(properties.path("KeyUsage").asText("ENCRYPT_DECRYPT"))
                        .description(properties.path("Description").asText(resource.logicalId())))
            .keyMetadata();
    return new PhysicalResource(
        resource.logicalId(),
        resource.type(),
        key.keyId(),
        Map.of("Arn", key.arn(), "KeyId", key.keyId()),
        properties,
        true);
  }
}
