package com.finflow.extraction.adapters;

import java.time.Duration;

/**
 * How long, and for how many encryptions, one data key serves the same encryption context before
 * KMS is asked for a new one. Reuse spares a KMS call per secret; the bounds limit what one leaked
 * data key exposes and keep random GCM IVs far from their collision bound.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/data-key-caching.html">Data
 *     key caching</a>
 * @see <a href="https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-38d.pdf">NIST
 *     SP 800-38D, 8.3</a>
 */
record DataKeyReuse(Duration lifetime, int encryptions) {

  static final DataKeyReuse DEFAULT = new DataKeyReuse(Duration.ofMinutes(5), 1000);

  DataKeyReuse {
    if (lifetime.isNegative() || lifetime.isZero() || encryptions < 1) {
      throw new IllegalArgumentException(
          "a data key must serve at least one encryption for some time");
    }
  }
}
