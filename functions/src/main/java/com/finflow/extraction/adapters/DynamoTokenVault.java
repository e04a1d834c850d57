package com.finflow.extraction.adapters;

import com.finflow.extraction.TokenVault;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Provider secrets in a DynamoDB table, one item per secret ({@code TOKEN#organization#purpose#sha256(key)}),
 * envelope-encrypted and deleted by the table's TTL attribute {@code expires_at}. The item holds no secret, and
 * no key in the clear: a key may be a customer's CPF.
 *
 * <p>A warm container remembers the secrets it has kept or found until their expiry, so a repeat lookup costs
 * neither a DynamoDB read nor a KMS decryption.
 */
final class DynamoTokenVault implements TokenVault {

  private static final int REMEMBERED_SECRETS = 512;

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final EnvelopeEncryption encryption;
  private final Clock clock;
  private final ExpiringCache<String, String> remembered;
  private final Predicate<String> rememberedPurpose;

  DynamoTokenVault(DynamoDbClient dynamoDb, String table, EnvelopeEncryption encryption, Clock clock) {
    this(dynamoDb, table, encryption, clock, purpose -> true);
  }

  /** @param rememberedPurpose which purposes' values never change before they expire, and so may be remembered */
  DynamoTokenVault(DynamoDbClient dynamoDb, String table, EnvelopeEncryption encryption, Clock clock,
      Predicate<String> rememberedPurpose) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.encryption = encryption;
    this.clock = clock;
    this.remembered = new ExpiringCache<>(REMEMBERED_SECRETS, clock);
    this.rememberedPurpose = rememberedPurpose;
  }

  @Override
  public Optional<String> find(String organizationId, String purpose, String key) {
    String pk = pk(organizationId, purpose, key);
    if (!rememberedPurpose.test(purpose)) {
      return read(pk, new EncryptionContext(organizationId, purpose));
    }
    return remembered.get(pk).or(() -> read(pk, new EncryptionContext(organizationId, purpose)));
  }

  @Override
  public void keep(String organizationId, String purpose, String key, String secret, Instant expiresAt) {
    String pk = pk(organizationId, purpose, key);
    byte[] plaintext = secret.getBytes(StandardCharsets.UTF_8);
    Sealed sealed;
    try {
      sealed = encryption.seal(new EncryptionContext(organizationId, purpose), plaintext);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
    dynamoDb.putItem(request -> request.tableName(table).item(Map.of(
        "pk", AttributeValue.fromS(pk),
        "organization_id", AttributeValue.fromS(organizationId),
        "purpose", AttributeValue.fromS(purpose),
        "encrypted_data_key", AttributeValue.fromB(SdkBytes.fromByteArray(sealed.encryptedDataKey())),
        "iv", AttributeValue.fromB(SdkBytes.fromByteArray(sealed.iv())),
        "ciphertext", AttributeValue.fromB(SdkBytes.fromByteArray(sealed.ciphertext())),
        "expires_at", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())))));
    if (rememberedPurpose.test(purpose)) {
      remembered.put(pk, secret, expiresAt);
    }
  }

  private Optional<String> read(String pk, EncryptionContext context) {
    Map<String, AttributeValue> item = dynamoDb.getItem(request -> request
        .tableName(table).key(Map.of("pk", AttributeValue.fromS(pk))).consistentRead(true)).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(item.get("expires_at").n()));
    // TTL deletes expired items only eventually, often days later; until then they are still read.
    // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/howitworks-ttl.html
    if (!clock.instant().isBefore(expiresAt)) {
      return Optional.empty();
    }
    byte[] plaintext = encryption.open(context, new Sealed(
        item.get("encrypted_data_key").b().asByteArray(),
        item.get("iv").b().asByteArray(),
        item.get("ciphertext").b().asByteArray()));
    try {
      String secret = new String(plaintext, StandardCharsets.UTF_8);
      remembered.put(pk, secret, expiresAt);
      return Optional.of(secret);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  private static String pk(String organizationId, String purpose, String key) {
    return "TOKEN#" + organizationId + "#" + purpose + "#" + sha256(key);
  }

  private static String sha256(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
