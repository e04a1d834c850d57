package com.finflow.localstack.flow;

import com.finflow.identity.TokenSigner;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;

/**
 * Signs with the stack's own token-signing key in KMS, so tests can mint tokens that differ from
 * real ones in exactly one way (expired, wrong audience...).
 */
public final class KmsTestSigner implements TokenSigner {

  private final KmsClient kms;
  private final String keyId;

  public KmsTestSigner(KmsClient kms, String alias) {
    this.kms = kms;
    this.keyId = kms.describeKey(request -> request.keyId(alias)).keyMetadata().keyId();
  }

  @Override
  public String keyId() {
    return keyId;
  }

  @Override
  public ECPublicKey publicKey() {
    byte[] der = kms.getPublicKey(request -> request.keyId(keyId)).publicKey().asByteArray();
    try {
      return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public byte[] signDer(byte[] message) {
    return kms.sign(
            request ->
                request
                    .keyId(keyId)
                    .message(SdkBytes.fromByteArray(message))
                    .messageType(MessageType.RAW)
                    .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256))
        .signature()
        .asByteArray();
  }
}
