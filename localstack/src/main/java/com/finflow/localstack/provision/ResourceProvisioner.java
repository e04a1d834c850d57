package com.finflow.localstack.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.template.TemplateResource;

/** Creates one type of resource from its resolved properties. */
@FunctionalInterface
public interface ResourceProvisioner {

  PhysicalResource create(
      TemplateResource resource, JsonNode properties, ProvisioningContext context);
}
