package com.finflow.extraction.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.extraction.Cpf;
import com.finflow.shared.aws.LocalKms;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.KmsClient;

/** Lookup keys of CPFs made by KMS GenerateMac, against moto's KMS. */
class CpfLookupKeysTest {

  private static final Cpf CPF = Cpf.parse("52998224725").orElseThrow();
  private static final Cpf OTHER = Cpf.parse("11144477735").orElseThrow();

  @Test
  void theSameCpfHasTheSameLookupKeyInEveryContainer() {
    String first = container(LocalKms.client(), LocalKms.hmacKeyId()).of(CPF);
    String second = container(LocalKms.client(), LocalKms.hmacKeyId()).of(CPF);

    assertThat(first).isEqualTo(second).matches("[0-9a-f]{64}");
  }

  @Test
  void twoCpfsHaveTwoLookupKeys() {
    CpfLookupKeys keys = container(LocalKms.client(), LocalKms.hmacKeyId());

    assertThat(keys.of(CPF)).isNotEqualTo(keys.of(OTHER));
  }

  @Test
  void aLookupKeyIsNeitherTheCpfNorItsPlainSha256() throws Exception {
    String lookupKey = container(LocalKms.client(), LocalKms.hmacKeyId()).of(CPF);
    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(CPF.digits().getBytes(StandardCharsets.UTF_8)));

    assertThat(lookupKey).isNotEqualTo(sha256).doesNotContain(CPF.digits());
  }

  @Test
  void anotherHmacKeyGivesAnotherLookupKey() {
    String underOneKey = container(LocalKms.client(), LocalKms.hmacKeyId()).of(CPF);
    String underAnother = container(LocalKms.client(), LocalKms.newHmacKey()).of(CPF);

    assertThat(underOneKey).isNotEqualTo(underAnother);
  }

  @Test
  void aWarmContainerAsksKmsOncePerCpf() {
    CountingKms kms = new CountingKms(LocalKms.client());
    CpfLookupKeys keys = container(kms, LocalKms.hmacKeyId());

    String first = keys.of(CPF);
    String again = keys.of(Cpf.parse("529.982.247-25").orElseThrow());
    keys.of(OTHER);

    assertThat(again).isEqualTo(first);
    assertThat(kms.macsGenerated()).isEqualTo(2);
  }

  private static CpfLookupKeys container(KmsClient kms, String keyId) {
    return new CpfLookupKeys(kms, keyId, Clock.systemUTC());
  }
}
