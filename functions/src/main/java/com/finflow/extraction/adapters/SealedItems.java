package com.finflow.extraction.adapters;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.finflow.shared.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Values in the tokens table, one item per value ({@code TOKEN#organization#purpose#digest}): the
 * value as JSON, envelope-encrypted under its organization and purpose, deleted by the table's TTL
 * attribute {@code expires_at}. The item holds no value, and no key in the clear: the digest is a
 * SHA-256 of a key that is no personal data, and a keyed hash ({@link CpfLookupKeys}) of a
 * customer's CPF.
 */
final class SealedItems {

  /**
   * What a value is filed under: whose it is, what kind of value it is (bound to its ciphertext),
   * and the digest of its key within that kind.
   */
  record Name(String organizationId, String purpose, String keyDigest) {

    /**
     * The name of a value whose key is no personal data, such as a client or extraction id, under
     * its SHA-256.
     */
    static Name of(String organizationId, String purpose, String key) {
      return new Name(organizationId, purpose, sha256(key));
    }

    /** The name of a value about a customer, filed under the lookup key of their CPF. */
    static Name ofCustomer(String organizationId, String purpose, String cpfLookupKey) {
      return new Name(organizationId, purpose, cpfLookupKey);
    }

    String pk() {
      return "TOKEN#" + organizationId + "#" + purpose + "#" + keyDigest;
    }

    EncryptionContext context() {
      return new EncryptionContext(organizationId, purpose);
    }

    @Override
    public String toString() {
      return "Name[" + organizationId + ", " + purpose + "]";
    }
  }

  /** A value found, and the moment it expires. */
  record Found<T>(T value, Instant expiresAt) {}

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final EnvelopeEncryption encryption;
  private final Clock clock;

  SealedItems(DynamoDbClient dynamoDb, String table, EnvelopeEncryption encryption, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.encryption = encryption;
    this.clock = clock;
  }

  /**
   * Keeps {@code value} as JSON until {@code expiresAt}, replacing what was kept under the same
   * name.
   */
  void put(Name name, Object value, Instant expiresAt) {
    byte[] plaintext;
    try {
      plaintext = Json.MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getSimpleName() + " as JSON", e);
    }
    Sealed sealed;
    try {
      sealed = encryption.seal(name.context(), plaintext);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
    dynamoDb.putItem(
        request ->
            request
                .tableName(table)
                .item(
                    Map.of(
                        "pk", s(name.pk()),
                        "organization_id", s(name.organizationId()),
                        "purpose", s(name.purpose()),
                        "encrypted_data_key",
                            AttributeValue.fromB(SdkBytes.fromByteArray(sealed.encryptedDataKey())),
                        "iv", AttributeValue.fromB(SdkBytes.fromByteArray(sealed.iv())),
                        "ciphertext",
                            AttributeValue.fromB(SdkBytes.fromByteArray(sealed.ciphertext())),
                        "expires_at", n(expiresAt.getEpochSecond()))));
  }

  /** The value kept under this name, unless there is none or its expiry has passed. */
  <T> Optional<Found<T>> get(Name name, Class<T> type) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                request ->
                    request.tableName(table).key(Map.of("pk", s(name.pk()))).consistentRead(true))
            .item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(item.get("expires_at").n()));
    // TTL deletes expired items only eventually, often days later; until then they are still read.
    // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/howitworks-ttl.html
    if (!clock.instant().isBefore(expiresAt)) {
      return Optional.empty();
    }
    byte[] plaintext =
        encryption.open(
            name.context(),
            new Sealed(
                item.get("encrypted_data_key").b().asByteArray(),
                item.get("iv").b().asByteArray(),
                item.get("ciphertext").b().asByteArray()));
    try {
      return Optional.of(new Found<>(Json.MAPPER.readValue(plaintext, type), expiresAt));
    } catch (IOException e) {
      // Kept before values were JSON (a bare token or id): as if never kept, so it is fetched again
      // and replaced.
      return Optional.empty();
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  private static String sha256(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
