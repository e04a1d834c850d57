package com.finflow.identity;

import com.finflow.identity.adapters.ThrowawayTokenSigner;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

/** The signer of the tests: a P-256 key in memory, whose private half can also forge tokens. */
public final class InMemoryTokenSigner implements TokenSigner {

  private final KeyPair keyPair = ThrowawayTokenSigner.newKeyPair();
  private final TokenSigner signer;

  public InMemoryTokenSigner(String keyId) {
    this.signer = new ThrowawayTokenSigner(keyId, keyPair);
  }

  /** Signs arbitrary JWS objects with the same private key, for forging tokens in tests. */
  public JWSSigner jwsSigner() {
    try {
      return new ECDSASigner((ECPrivateKey) keyPair.getPrivate());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String keyId() {
    return signer.keyId();
  }

  @Override
  public ECPublicKey publicKey() {
    return signer.publicKey();
  }

  @Override
  public byte[] signDer(byte[] message) {
    return signer.signDer(message);
  }
}
