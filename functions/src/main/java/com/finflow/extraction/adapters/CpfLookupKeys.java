package com.finflow.extraction.adapters;

import com.finflow.extraction.Cpf;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.MacAlgorithmSpec;

/**
 * What a customer's items are filed under instead of their CPF: HMAC-SHA-256 of the CPF under a KMS
 * HMAC key ({@code GenerateMac}), in hex. A plain SHA-256 would hide nothing: there are only 10^9
 * CPFs, and a laptop hashes them all in minutes. The HMAC key never leaves KMS, so without a call
 * that only the extraction functions may make, a stored key tells nobody whose it is.
 *
 * <p>A CPF's MAC never changes, so a container remembers those it has computed and asks KMS once
 * per CPF.
 */
final class CpfLookupKeys {

  private static final int REMEMBERED_CPFS = 10_000;

  private final KmsClient kms;
  private final String macKeyId;
  private final ExpiringCache<String, String> remembered;

  CpfLookupKeys(KmsClient kms, String macKeyId, Clock clock) {
    this.kms = kms;
    this.macKeyId = macKeyId;
    this.remembered = new ExpiringCache<>(REMEMBERED_CPFS, clock);
  }

  /** The hex HMAC-SHA-256 of the CPF's 11 digits. */
  String of(Cpf cpf) {
    return remembered
        .get(cpf.digits())
        .orElseGet(
            () -> {
              byte[] mac =
                  kms.generateMac(
                          request ->
                              request
                                  .keyId(macKeyId)
                                  .macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)
                                  .message(
                                      SdkBytes.fromString(cpf.digits(), StandardCharsets.UTF_8)))
                      .mac()
                      .asByteArray();
              String lookupKey = HexFormat.of().formatHex(mac);
              remembered.put(cpf.digits(), lookupKey, Instant.MAX);
              return lookupKey;
            });
  }
}
