package com.finflow.identity.adapters;

import com.finflow.identity.TokenSigner;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;

/**
 * The access-token key as an asymmetric KMS key (ECC_NIST_P256, SIGN_VERIFY): its private half
 * stays in KMS.
 */
final class KmsTokenSigner implements TokenSigner {

  private final KmsClient kms;
  private final String keyId;
  private volatile ECPublicKey publicKey;

  KmsTokenSigner(KmsClient kms, String keyId) {
    this.kms = kms;
    this.keyId = keyId;
  }

  @Override
  public String keyId() {
    return keyId;
  }

  @Override
  public ECPublicKey publicKey() {
    ECPublicKey known = publicKey;
    if (known == null) {
      byte[] der = kms.getPublicKey(request -> request.keyId(keyId)).publicKey().asByteArray();
      try {
        known =
            (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException | ClassCastException e) {
        throw new IllegalStateException("the signing key is not an EC P-256 key", e);
      }
      publicKey = known;
    }
    return known;
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
