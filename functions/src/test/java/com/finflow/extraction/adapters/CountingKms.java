package com.finflow.extraction.adapters;

import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyRequest;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.GenerateMacRequest;
import software.amazon.awssdk.services.kms.model.GenerateMacResponse;

/**
 * A KMS that passes data key and MAC calls on to a real one and counts them; every other operation
 * is unsupported.
 */
final class CountingKms implements KmsClient {

  private final KmsClient kms;
  private int dataKeysGenerated;
  private int dataKeysDecrypted;
  private int macsGenerated;

  CountingKms(KmsClient kms) {
    this.kms = kms;
  }

  int dataKeysGenerated() {
    return dataKeysGenerated;
  }

  int dataKeysDecrypted() {
    return dataKeysDecrypted;
  }

  int macsGenerated() {
    return macsGenerated;
  }

  @Override
  public GenerateMacResponse generateMac(GenerateMacRequest request) {
    macsGenerated++;
    return kms.generateMac(request);
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
