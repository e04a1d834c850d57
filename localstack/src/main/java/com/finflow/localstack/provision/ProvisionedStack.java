package com.finflow.localstack.provision;

import com.finflow.emulators.AwsAccount;
import com.finflow.localstack.template.ResourceValues;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything created from the template, by logical id. */
public final class ProvisionedStack implements ResourceValues {

  private final Map<String, PhysicalResource> resources = new LinkedHashMap<>();

  void add(PhysicalResource resource) {
    resources.put(resource.logicalId(), resource);
  }

  public Collection<PhysicalResource> all() {
    return resources.values();
  }

  public List<PhysicalResource> ofType(String type) {
    return resources.values().stream().filter(resource -> resource.type().equals(type)).toList();
  }

  public Optional<PhysicalResource> byLogicalId(String logicalId) {
    return Optional.ofNullable(resources.get(logicalId));
  }

  /** Finds what a resolved Ref value (an id, a name, a URL, an ARN) points at. */
  public Optional<PhysicalResource> byRef(String ref) {
    return resources.values().stream().filter(resource -> resource.ref().equals(ref)).findFirst();
  }

  @Override
  public Optional<String> ref(String logicalId) {
    return byLogicalId(logicalId).map(PhysicalResource::ref);
  }

  @Override
  public Optional<String> attribute(String logicalId, String attribute) {
    return byLogicalId(logicalId)
        .flatMap(
            resource ->
                resource
                    .attribute(attribute)
                    .or(
                        () ->
                            resource.emulated()
                                ? Optional.empty()
                                // Types the stack only declares still answer, so that e.g. a
                                // function's Role resolves.
                                : Optional.of(
                                    AwsAccount.arn("local", logicalId + "/" + attribute))));
  }
}
