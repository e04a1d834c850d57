package com.finflow.identity;

import java.security.interfaces.ECPublicKey;

/**
 * Holds the ES256 (P-256) key that signs access tokens. The private half never leaves it: in AWS it
 * is a KMS key and {@link #sign} is a KMS {@code Sign} call.
 */
public interface TokenSigner {

  /** The {@code kid} verifiers use to pick this key. */
  String keyId();

  ECPublicKey publicKey();

  /** An ECDSA-with-SHA-256 signature of the bytes, DER-encoded as KMS returns it. */
  byte[] signDer(byte[] message);
}
