package com.finflow.extraction.adapters;

import com.finflow.shared.MutableClock;
import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.shared.aws.LocalKms;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kms.KmsClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DynamoTokenVaultTest {

  private static final String CPF = "52998224725";
  private static final String ACCESS_TOKEN = "eyJhbGciOiJQUzI1NiJ9.access-token-of-the-customer";
  private static final String CLIENT_SECRET = "client-secret-of-the-organization-7f3a9c";

  private final String table = LocalDynamoDb.newTable("pk");
  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
  private final Instant inOneHour = clock.instant().plus(Duration.ofHours(1));
  private final DynamoTokenVault vault = container(LocalDynamoDb.client(), LocalKms.client());

  @Test
  void findsTheSecretItKeptFromAnotherContainer() {
    vault.keep("org-a", "access-token", CPF, ACCESS_TOKEN, inOneHour);

    assertThat(container(LocalDynamoDb.client(), LocalKms.client()).find("org-a", "access-token", CPF))
        .contains(ACCESS_TOKEN);
  }

  @Test
  void findsNothingForASecretNeverKept() {
    vault.keep("org-a", "access-token", CPF, ACCESS_TOKEN, inOneHour);

    assertThat(vault.find("org-a", "access-token", "11144477735")).isEmpty();
    assertThat(vault.find("org-a", "consent", CPF)).isEmpty();
    assertThat(vault.find("org-b", "access-token", CPF)).isEmpty();
  }

  @Test
  void keepsTheSecretsOfOrganizationsApart() {
    vault.keep("org-a", "access-token", CPF, "token-of-a", inOneHour);
    vault.keep("org-b", "access-token", CPF, "token-of-b", inOneHour);
    DynamoTokenVault cold = container(LocalDynamoDb.client(), LocalKms.client());

    assertThat(cold.find("org-a", "access-token", CPF)).contains("token-of-a");
    assertThat(cold.find("org-b", "access-token", CPF)).contains("token-of-b");
  }

  @Test
  void aSecretKeptReplacesTheOneKeptBefore() {
    vault.keep("org-a", "access-token", CPF, "first", inOneHour);
    vault.keep("org-a", "access-token", CPF, "second", inOneHour);

    assertThat(container(LocalDynamoDb.client(), LocalKms.client()).find("org-a", "access-token", CPF))
        .contains("second");
    assertThat(LocalDynamoDb.scan(table)).hasSize(1);
  }

  @Test
  void storesNoPlaintextSecretKeyOrDocumentInTheRawItem() {
    vault.keep("org-a", "access-token", CPF, ACCESS_TOKEN, inOneHour);
    vault.keep("org-a", "client-credentials", "client-secret", CLIENT_SECRET, inOneHour);

    List<Map<String, AttributeValue>> items = LocalDynamoDb.scan(table);

    assertThat(items).hasSize(2);
    List<String> contents = items.stream()
        .flatMap(item -> item.values().stream())
        .map(DynamoTokenVaultTest::contentOf)
        .toList();
    for (String plaintext : List.of(CPF, ACCESS_TOKEN, CLIENT_SECRET, "client-secret")) {
      assertThat(contents).noneMatch(content -> content.contains(plaintext));
    }
    assertThat(items).allSatisfy(item -> assertThat(item.keySet()).containsExactlyInAnyOrder(
        "pk", "organization_id", "purpose", "encrypted_data_key", "iv", "ciphertext", "expires_at"));
  }

  @Test
  void setsTheTtlAttributeToTheExpiryInEpochSeconds() {
    vault.keep("org-a", "access-token", CPF, ACCESS_TOKEN, inOneHour);

    Map<String, AttributeValue> item = LocalDynamoDb.scan(table).getFirst();

    assertThat(item.get("expires_at").n()).isEqualTo(Long.toString(inOneHour.getEpochSecond()));
    assertThat(item.get("pk").s()).startsWith("TOKEN#org-a#access-token#").hasSize(
        "TOKEN#org-a#access-token#".length() + 64);
  }

  @Test
  void doesNotReturnAnExpiredItemThatTtlHasNotYetDeleted() {
    vault.keep("org-a", "access-token", CPF, ACCESS_TOKEN, inOneHour);
    clock.advance(Duration.ofHours(1));

    assertThat(LocalDynamoDb.scan(table)).hasSize(1);
    assertThat(container(LocalDynamoDb.client(), LocalKms.client()).find("org-a", "access-token", CPF)).isEmpty();
    assertThat(vault.find("org-a", "access-token", CPF)).isEmpty();
  }

  @Test
  void aRememberedSecretIsDroppedAtItsExpiry() {
    vault.keep("org-a", "access-token", CPF, "expires-soon", clock.instant().plus(Duration.ofMinutes(1)));
    container(LocalDynamoDb.client(), LocalKms.client()).keep("org-a", "access-token", CPF, "renewed", inOneHour);
    clock.advance(Duration.ofMinutes(1));

    assertThat(vault.find("org-a", "access-token", CPF)).contains("renewed");
  }

  @Test
  void aWarmContainerFindsASecretAgainWithoutReadingDynamoDbOrDecrypting() {
    vault.keep("org-a", "access-token", CPF, ACCESS_TOKEN, inOneHour);
    CountingDynamoDb dynamoDb = new CountingDynamoDb(LocalDynamoDb.client());
    CountingKms kms = new CountingKms(LocalKms.client());
    DynamoTokenVault warm = container(dynamoDb, kms);

    assertThat(warm.find("org-a", "access-token", CPF)).contains(ACCESS_TOKEN);
    assertThat(warm.find("org-a", "access-token", CPF)).contains(ACCESS_TOKEN);

    assertThat(dynamoDb.reads()).isEqualTo(1);
    assertThat(kms.dataKeysDecrypted()).isEqualTo(1);
  }

  @Test
  void findsWhatItKeptWithoutReadingDynamoDb() {
    CountingDynamoDb dynamoDb = new CountingDynamoDb(LocalDynamoDb.client());
    DynamoTokenVault warm = container(dynamoDb, LocalKms.client());
    warm.keep("org-a", "access-token", CPF, ACCESS_TOKEN, inOneHour);

    assertThat(warm.find("org-a", "access-token", CPF)).contains(ACCESS_TOKEN);
    assertThat(dynamoDb.reads()).isZero();
  }

  private DynamoTokenVault container(DynamoDbClient dynamoDb, KmsClient kms) {
    EnvelopeEncryption encryption = new EnvelopeEncryption(kms, LocalKms.keyId(), DataKeyReuse.DEFAULT, clock);
    return new DynamoTokenVault(dynamoDb, table, encryption, clock);
  }

  /** Everything an attribute holds, as text: strings and numbers as they are, binary byte for byte. */
  private static String contentOf(AttributeValue value) {
    return Stream.of(
            value.s(),
            value.n(),
            value.b() == null ? null : new String(value.b().asByteArray(), StandardCharsets.ISO_8859_1))
        .filter(part -> part != null)
        .reduce("", String::concat);
  }
}
