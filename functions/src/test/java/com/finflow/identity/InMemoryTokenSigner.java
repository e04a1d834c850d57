package com.finflow.identity;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;

/** A P-256 key pair in memory, signing the way KMS does (DER-encoded ECDSA with SHA-256). */
public final class InMemoryTokenSigner implements TokenSigner {

  private final String keyId;
  private final KeyPair keyPair;

  public InMemoryTokenSigner(String keyId) {
    this.keyId = keyId;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      this.keyPair = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs arbitrary JWS objects with the same private key, for forging tokens in tests. */
  public com.nimbusds.jose.JWSSigner jwsSigner() {
    try {
      return new com.nimbusds.jose.crypto.ECDSASigner(
          (java.security.interfaces.ECPrivateKey) keyPair.getPrivate());
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String keyId() {
    return keyId;
  }

  @Override
  public ECPublicKey publicKey() {
    return (ECPublicKey) keyPair.getPublic();
  }

  @Override
  public byte[] signDer(byte[] message) {
    try {
      Signature signature = Signature.getInstance("SHA256withECDSA");
      signature.initSign(keyPair.getPrivate());
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
