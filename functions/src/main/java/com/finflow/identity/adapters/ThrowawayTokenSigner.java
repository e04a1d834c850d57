package com.finflow.identity.adapters;

import com.finflow.identity.TokenSigner;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;

/**
 * A P-256 key made in memory and dropped after priming: tokens it signs verify only against itself,
 * so the token check's accepting path warms up without KMS signing anything.
 */
final class ThrowawayTokenSigner implements TokenSigner {

  private final KeyPair keys;

  ThrowawayTokenSigner() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      this.keys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no P-256", e);
    }
  }

  @Override
  public String keyId() {
    return "throwaway";
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
      throw new IllegalStateException("signing with the throwaway key failed", e);
    }
  }
}
