package com.finflow.health.adapters;

import com.finflow.health.DependencyProbe;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyState;

/**
 * KMS answers and Finflow's customer key is enabled: without it no secret can be read or written.
 */
final class KmsProbe implements DependencyProbe {

  private final KmsClient kms;
  private final String keyId;

  KmsProbe(KmsClient kms, String keyId) {
    this.kms = kms;
    this.keyId = keyId;
  }

  @Override
  public String name() {
    return "kms";
  }

  @Override
  public void probe() {
    KeyState state = kms.describeKey(request -> request.keyId(keyId)).keyMetadata().keyState();
    if (state != KeyState.ENABLED) {
      throw new IllegalStateException("customer key is " + state);
    }
  }
}
