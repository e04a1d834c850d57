package com.finflow.identity.adapters;

import com.finflow.identity.TokenSigner;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;

/**
 * A P-256 key held in memory, signing as KMS does (DER-encoded ECDSA with SHA-256). Priming makes
 * one and drops it: tokens it signs verify only against itself, so the token check's accepting path
 * warms up without KMS signing anything. Tests sign with one in place of KMS.
 */
public final class ThrowawayTokenSigner implements TokenSigner {

  private final String keyId;
  private final KeyPair keys;

  ThrowawayTokenSigner() {
    this("throwaway", newKeyPair());
  }

  public ThrowawayTokenSigner(String keyId, KeyPair keys) {
    this.keyId = keyId;
    this.keys = keys;
  }

  public static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no P-256", e);
    }
  }

  @Override
  public String keyId() {
    return keyId;
  }

  @Override
  public ECPublicKey publicKey() {
    return (ECPublicKey) keys.getPublic();
  }

  @Override
  public byte[] signDer(byte[] message) {
    try {
      Signature signature = Signature.getInstance("SHA256withECDSA");
      signature.initSign(keys.getPrivate());
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing with the in-memory key failed", e);
    }
  }
}
