package com.finflow.localstack.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.LocalJson;
import com.finflow.localstack.template.TemplateResource;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.model.CreateSecretRequest;

/** AWS::SecretsManager::Secret, generating its value locally when the template asks for one. */
final class SecretProvisioner implements ResourceProvisioner {

  @Override
  public PhysicalResource create(
      TemplateResource resource, JsonNode properties, ProvisioningContext context) {
    String name =
        properties.has("Name")
            ? properties.get("Name").asText()
            : context.generatedName(resource.logicalId(), 512);
    CreateSecretRequest.Builder request =
        CreateSecretRequest.builder().name(name).secretString(value(properties));
    if (properties.has("Description")) {
      request.description(properties.get("Description").asText());
    }
    if (properties.has("KmsKeyId")) {
      request.kmsKeyId(properties.get("KmsKeyId").asText());
    }
    String arn = context.clients().secretsManager().createSecret(request.build()).arn();
    return new PhysicalResource(
        resource.logicalId(), resource.type(), arn, Map.of("Id", arn), properties, true);
  }

  private static String value(JsonNode properties) {
    if (properties.has("SecretString")) {
      return properties.get("SecretString").asText();
    }
    JsonNode generate = properties.path("GenerateSecretString");
    String password = GeneratedPassword.from(generate).value();
    if (!generate.has("SecretStringTemplate")) {
      return password;
    }
    try {
      ObjectNode secret =
          (ObjectNode) LocalJson.MAPPER.readTree(generate.get("SecretStringTemplate").asText());
      secret.put(generate.path("GenerateStringKey").asText("password"), password);
      return LocalJson.MAPPER.writeValueAsString(secret);
    } catch (Exception e) {
      throw new IllegalStateException(
          "SecretStringTemplate is not a JSON object: " + e.getMessage(), e);
    }
  }
}
