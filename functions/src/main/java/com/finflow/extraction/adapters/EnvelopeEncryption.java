package com.finflow.extraction.adapters;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;

/**
 * KMS envelope encryption: each secret is encrypted locally with AES-256-GCM under a data key that
 * KMS issues for one {@link EncryptionContext}, and stored next to that data key as KMS encrypted
 * it. The customer key never leaves KMS; reading a secret takes a KMS {@code Decrypt} with the same
 * context, so a ciphertext of one organization cannot be opened under another's.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#enveloping">Envelope
 *     encryption</a>
 */
final class EnvelopeEncryption {

  private static final String AES = "AES";
  private static final String AES_GCM = "AES/GCM/NoPadding";
  private static final int TAG_BITS = 128;
  private static final int DECRYPTED_KEYS = 256;
  private static final Duration DECRYPTED_KEY_LIFETIME = Duration.ofMinutes(5);
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A decrypted data key is remembered under the context KMS checked it against, never under its
   * bytes alone.
   */
  private record DecryptedKeyName(EncryptionContext context, ByteBuffer encryptedDataKey) {}

  private final KmsClient kms;
  private final String keyId;
  private final DataKeyReuse reuse;
  private final Clock clock;
  private final Map<EncryptionContext, DataKey> dataKeys = new ConcurrentHashMap<>();
  private final ExpiringCache<DecryptedKeyName, SecretKeySpec> decryptedKeys;

  EnvelopeEncryption(KmsClient kms, String keyId) {
    this(kms, keyId, DataKeyReuse.DEFAULT, Clock.systemUTC());
  }

  EnvelopeEncryption(KmsClient kms, String keyId, DataKeyReuse reuse, Clock clock) {
    this.kms = kms;
    this.keyId = keyId;
    this.reuse = reuse;
    this.clock = clock;
    this.decryptedKeys = new ExpiringCache<>(DECRYPTED_KEYS, clock);
  }

  Sealed seal(EncryptionContext context, byte[] plaintext) {
    DataKey dataKey =
        dataKeys.compute(
            context,
            (ignored, current) ->
                current != null && current.take(clock.instant()) ? current : newDataKey(context));
    byte[] iv = new byte[Sealed.IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, dataKey.key(), iv, context).doFinal(plaintext);
      return new Sealed(dataKey.encrypted(), iv, ciphertext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * The plaintext of a sealed secret; the caller zeroes it when done.
   *
   * @throws software.amazon.awssdk.services.kms.model.InvalidCiphertextException when KMS refuses
   *     the data key under this context (it was sealed for another organization or purpose)
   * @throws IllegalStateException when the ciphertext or IV was altered
   */
  byte[] open(EncryptionContext context, Sealed sealed) {
    SecretKeySpec key = decryptedKey(context, sealed.encryptedDataKey());
    try {
      return gcm(Cipher.DECRYPT_MODE, key, sealed.iv(), context).doFinal(sealed.ciphertext());
    } catch (AEADBadTagException e) {
      throw new IllegalStateException("a sealed secret failed authentication: it was altered", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  private DataKey newDataKey(EncryptionContext context) {
    GenerateDataKeyResponse response =
        kms.generateDataKey(
            request ->
                request
                    .keyId(keyId)
                    .keySpec(DataKeySpec.AES_256)
                    .encryptionContext(context.forKms()));
    byte[] encrypted = response.ciphertextBlob().asByteArray();
    SecretKeySpec key = keyOf(response.plaintext());
    // What this container seals, it can read back without asking KMS.
    remember(context, encrypted, key);
    DataKey dataKey =
        new DataKey(key, encrypted, clock.instant().plus(reuse.lifetime()), reuse.encryptions());
    dataKey.take(clock.instant());
    return dataKey;
  }

  private SecretKeySpec decryptedKey(EncryptionContext context, byte[] encryptedDataKey) {
    return decryptedKeys
        .get(new DecryptedKeyName(context, ByteBuffer.wrap(encryptedDataKey.clone())))
        .orElseGet(
            () -> {
              // Naming the key makes KMS refuse a data key some other key encrypted.
              // https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html#KMS-Decrypt-request-KeyId
              DecryptResponse response =
                  kms.decrypt(
                      request ->
                          request
                              .keyId(keyId)
                              .ciphertextBlob(SdkBytes.fromByteArray(encryptedDataKey))
                              .encryptionContext(context.forKms()));
              SecretKeySpec key = keyOf(response.plaintext());
              remember(context, encryptedDataKey, key);
              return key;
            });
  }

  private void remember(EncryptionContext context, byte[] encryptedDataKey, SecretKeySpec key) {
    decryptedKeys.put(
        new DecryptedKeyName(context, ByteBuffer.wrap(encryptedDataKey.clone())),
        key,
        clock.instant().plus(DECRYPTED_KEY_LIFETIME));
  }

  /**
   * The key as the JCE holds it; the plaintext KMS returned is zeroed, as the JCE keeps its own
   * copy.
   */
  private static SecretKeySpec keyOf(SdkBytes plaintext) {
    byte[] bytes = plaintext.asByteArrayUnsafe();
    try {
      return new SecretKeySpec(bytes, AES);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static Cipher gcm(int mode, SecretKeySpec key, byte[] iv, EncryptionContext context)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(AES_GCM);
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(context.additionalData());
    return cipher;
  }
}
