package com.finflow.extraction.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.MutableClock;
import com.finflow.shared.aws.LocalKms;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

class EnvelopeEncryptionTest {

  private static final EncryptionContext ORGANIZATION_A =
      new EncryptionContext("org-a", "access-token");
  private static final EncryptionContext ORGANIZATION_B =
      new EncryptionContext("org-b", "access-token");

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
  private final CountingKms kms = new CountingKms(LocalKms.client());
  private final EnvelopeEncryption encryption =
      new EnvelopeEncryption(
          kms, LocalKms.keyId(), new DataKeyReuse(Duration.ofMinutes(5), 3), clock);

  @Test
  void opensWhatItSealedInAnotherContainer() {
    Sealed sealed = encryption.seal(ORGANIZATION_A, bytes("consent-123"));

    byte[] opened = coldContainer().open(ORGANIZATION_A, sealed);

    assertThat(new String(opened, StandardCharsets.UTF_8)).isEqualTo("consent-123");
    assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1))
        .doesNotContain("consent-123");
  }

  @Test
  void aCiphertextCannotBeDecryptedUnderAnotherOrganizationsContext() {
    Sealed sealed = encryption.seal(ORGANIZATION_A, bytes("consent-123"));

    assertThatThrownBy(() -> coldContainer().open(ORGANIZATION_B, sealed))
        .isInstanceOf(InvalidCiphertextException.class);
    // The container that sealed it remembers the data key, but only under organization A's context.
    assertThatThrownBy(() -> encryption.open(ORGANIZATION_B, sealed))
        .isInstanceOf(InvalidCiphertextException.class);
  }

  @Test
  void aCiphertextCannotBeDecryptedUnderAnotherPurpose() {
    Sealed sealed = encryption.seal(ORGANIZATION_A, bytes("consent-123"));

    assertThatThrownBy(
            () -> coldContainer().open(new EncryptionContext("org-a", "consent"), sealed))
        .isInstanceOf(InvalidCiphertextException.class);
  }

  @Test
  void rejectsATamperedCiphertext() {
    Sealed sealed = encryption.seal(ORGANIZATION_A, bytes("consent-123"));
    byte[] tampered = sealed.ciphertext().clone();
    tampered[0] ^= 1;
    Sealed altered = new Sealed(sealed.encryptedDataKey(), sealed.iv(), tampered);

    assertThatThrownBy(() -> encryption.open(ORGANIZATION_A, altered))
        .isInstanceOf(IllegalStateException.class)
        .hasCauseInstanceOf(AEADBadTagException.class);
  }

  @Test
  void reusesADataKeyForTheSameContextWithinItsBound() {
    Sealed first = encryption.seal(ORGANIZATION_A, bytes("one"));
    Sealed second = encryption.seal(ORGANIZATION_A, bytes("two"));
    clock.advance(Duration.ofMinutes(4));
    Sealed third = encryption.seal(ORGANIZATION_A, bytes("three"));

    assertThat(kms.dataKeysGenerated()).isEqualTo(1);
    assertThat(second.encryptedDataKey()).isEqualTo(first.encryptedDataKey());
    assertThat(third.encryptedDataKey()).isEqualTo(first.encryptedDataKey());
    assertThat(second.iv()).isNotEqualTo(first.iv());
  }

  @Test
  void makesANewDataKeyAfterItsNumberOfEncryptions() {
    Sealed first = encryption.seal(ORGANIZATION_A, bytes("one"));
    encryption.seal(ORGANIZATION_A, bytes("two"));
    encryption.seal(ORGANIZATION_A, bytes("three"));
    Sealed fourth = encryption.seal(ORGANIZATION_A, bytes("four"));

    assertThat(kms.dataKeysGenerated()).isEqualTo(2);
    assertThat(fourth.encryptedDataKey()).isNotEqualTo(first.encryptedDataKey());
  }

  @Test
  void makesANewDataKeyOnceItsLifetimeHasPassed() {
    Sealed first = encryption.seal(ORGANIZATION_A, bytes("one"));
    clock.advance(Duration.ofMinutes(5));
    Sealed second = encryption.seal(ORGANIZATION_A, bytes("two"));

    assertThat(kms.dataKeysGenerated()).isEqualTo(2);
    assertThat(second.encryptedDataKey()).isNotEqualTo(first.encryptedDataKey());
  }

  @Test
  void neverSharesADataKeyBetweenOrganizations() {
    Sealed forA = encryption.seal(ORGANIZATION_A, bytes("one"));
    Sealed forB = encryption.seal(ORGANIZATION_B, bytes("two"));

    assertThat(kms.dataKeysGenerated()).isEqualTo(2);
    assertThat(forB.encryptedDataKey()).isNotEqualTo(forA.encryptedDataKey());
  }

  @Test
  void remembersADecryptedDataKeyOnlyBriefly() {
    Sealed first = encryption.seal(ORGANIZATION_A, bytes("one"));
    Sealed second = encryption.seal(ORGANIZATION_A, bytes("two"));
    CountingKms readerKms = new CountingKms(LocalKms.client());
    EnvelopeEncryption reader =
        new EnvelopeEncryption(readerKms, LocalKms.keyId(), DataKeyReuse.DEFAULT, clock);

    reader.open(ORGANIZATION_A, first);
    reader.open(ORGANIZATION_A, second);
    assertThat(readerKms.dataKeysDecrypted()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(10));
    reader.open(ORGANIZATION_A, second);
    assertThat(readerKms.dataKeysDecrypted()).isEqualTo(2);
  }

  private EnvelopeEncryption coldContainer() {
    return new EnvelopeEncryption(LocalKms.client(), LocalKms.keyId(), DataKeyReuse.DEFAULT, clock);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
