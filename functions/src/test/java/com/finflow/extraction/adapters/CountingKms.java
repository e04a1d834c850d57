package com.finflow.extraction.adapters;

import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyRequest;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;

/**
 * A KMS that passes data key calls on to a real one and counts them; every other operation is
 * unsupported.
 */
final class CountingKms implements KmsClient {

  private final KmsClient kms;
  private int dataKeysGenerated;
  private int dataKeysDecrypted;

  CountingKms(KmsClient kms) {
    this.kms = kms;
  }

  int dataKeysGenerated() {
    return dataKeysGenerated;
  }

  int dataKeysDecrypted() {
    return dataKeysDecrypted;
  }

  @Override
  public GenerateDataKeyResponse generateDataKey(GenerateDataKeyRequest request) {
    dataKeysGenerated++;
    return kms.generateDataKey(request);
  }

  @Override
  public DecryptResponse decrypt(DecryptRequest request) {
    dataKeysDecrypted++;
    return kms.decrypt(request);
  }

  @Override
  public String serviceName() {
    return kms.serviceName();
  }

  @Override
  public void close() {}
}
