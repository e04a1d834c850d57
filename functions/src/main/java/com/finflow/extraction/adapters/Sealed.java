package com.finflow.extraction.adapters;

/**
 * A secret after envelope encryption: the data key as KMS encrypted it, and the secret encrypted
 * under that data key with AES-256-GCM ({@code ciphertext} ends with the 128-bit authentication
 * tag).
 */
record Sealed(byte[] encryptedDataKey, byte[] iv, byte[] ciphertext) {

  static final int IV_BYTES = 12;

  Sealed {
    if (iv.length != IV_BYTES) {
      throw new IllegalArgumentException("a GCM IV has " + IV_BYTES + " bytes, not " + iv.length);
    }
  }
}
