package com.finflow.localstack.provision;

/**
 * What a provisioner may use: the SDK clients pointed at the gateway, the stack so far, and its
 * name.
 */
public record ProvisioningContext(AwsClients clients, ProvisionedStack stack, String stackName) {

  /**
   * A name like CloudFormation's generated ones, stable across runs so that kept data still
   * matches.
   */
  public String generatedName(String logicalId, int maxLength) {
    String name = stackName + "-" + logicalId;
    return name.length() <= maxLength ? name : name.substring(0, maxLength);
  }
}
