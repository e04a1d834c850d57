package com.finflow.extraction.adapters;

import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

/**
 * A data key ready to encrypt: the AES key and the same key as KMS encrypted it, with how long and
 * how many more times it may still be used. Its {@code toString} names neither.
 */
final class DataKey {

  private final SecretKeySpec key;
  private final byte[] encrypted;
  private final Instant usableUntil;
  private int usesLeft;

  DataKey(SecretKeySpec key, byte[] encrypted, Instant usableUntil, int uses) {
    this.key = key;
    this.encrypted = encrypted.clone();
    this.usableUntil = usableUntil;
    this.usesLeft = uses;
  }

  /** Takes one use, when the key still has one at {@code now}. */
  synchronized boolean take(Instant now) {
    if (usesLeft == 0 || !now.isBefore(usableUntil)) {
      return false;
    }
    usesLeft--;
    return true;
  }

  SecretKeySpec key() {
    return key;
  }

  byte[] encrypted() {
    return encrypted.clone();
  }

  @Override
  public String toString() {
    return "DataKey[redacted]";
  }
}
