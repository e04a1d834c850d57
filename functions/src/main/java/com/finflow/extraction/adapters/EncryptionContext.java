package com.finflow.extraction.adapters;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Whose secret a ciphertext holds and what it is for. KMS binds it to every data key it issues and
 * refuses to decrypt a data key under any other context; locally it is bound to the ciphertext as
 * GCM additional data.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html">Encryption
 *     context</a>
 */
record EncryptionContext(String organizationId, String purpose) {

  EncryptionContext {
    if (organizationId.isBlank() || purpose.isBlank()) {
      throw new IllegalArgumentException(
          "an encryption context needs an organization and a purpose");
    }
  }

  /** The context as KMS receives it; it appears in CloudTrail, so it must never name a secret. */
  Map<String, String> forKms() {
    return Map.of("organization", organizationId, "purpose", purpose);
  }

  /**
   * The context as GCM additional data: each value length-prefixed, so no two contexts share an
   * encoding.
   */
  byte[] additionalData() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String value : new String[] {organizationId, purpose}) {
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
      out.writeBytes(bytes);
    }
    return out.toByteArray();
  }
}
