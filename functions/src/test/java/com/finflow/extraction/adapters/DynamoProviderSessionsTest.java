package com.finflow.extraction.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.extraction.Cpf;
import com.finflow.extraction.OpenFinanceProvider.AccessToken;
import com.finflow.extraction.OpenFinanceProvider.Account;
import com.finflow.extraction.OpenFinanceProvider.ClientCredentials;
import com.finflow.extraction.ProviderSessions.AuthorisedConsent;
import com.finflow.shared.MutableClock;
import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.shared.aws.LocalKms;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kms.KmsClient;

class DynamoProviderSessionsTest {

  private static final Cpf CPF = Cpf.parse("52998224725").orElseThrow();
  private static final String ACCESS_TOKEN = "eyJhbGciOiJQUzI1NiJ9.access-token-of-the-customer";
  private static final String CLIENT_SECRET = "client-secret-of-the-organization-7f3a9c";

  private final String table = LocalDynamoDb.newTable("pk");
  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
  private final Instant inOneHour = clock.instant().plus(Duration.ofHours(1));
  private final AccessToken token =
      new AccessToken(ACCESS_TOKEN, clock.instant().plus(Duration.ofHours(2)));
  private final DynamoProviderSessions sessions =
      container(LocalDynamoDb.client(), LocalKms.client());

  @Test
  void findsWhatItKeptFromAnotherContainer() {
    sessions.keepAccessToken("org-a", "client-1", token, inOneHour);
    sessions.keepClient(
        "org-a", "sandbox", new ClientCredentials("client-1", CLIENT_SECRET), inOneHour);
    sessions.keepConsent("org-a", CPF, "urn:consent:1", inOneHour);
    sessions.keepAccounts(
        "org-a",
        "urn:consent:1",
        List.of(
            new Account("account-1", "CONTA_DEPOSITO_A_VISTA"),
            new Account("account-2", "CONTA_POUPANCA")),
        inOneHour);

    DynamoProviderSessions cold = container(LocalDynamoDb.client(), LocalKms.client());

    assertThat(cold.accessToken("org-a", "client-1")).contains(token);
    assertThat(cold.client("org-a", "sandbox"))
        .contains(new ClientCredentials("client-1", CLIENT_SECRET));
    assertThat(cold.consent("org-a", CPF).map(AuthorisedConsent::id)).contains("urn:consent:1");
    assertThat(cold.accounts("org-a", "urn:consent:1"))
        .contains(
            List.of(
                new Account("account-1", "CONTA_DEPOSITO_A_VISTA"),
                new Account("account-2", "CONTA_POUPANCA")));
  }

  @Test
  void findsNothingForWhatWasNeverKept() {
    sessions.keepConsent("org-a", CPF, "urn:consent:1", inOneHour);

    assertThat(sessions.consent("org-a", Cpf.parse("11144477735").orElseThrow())).isEmpty();
    assertThat(sessions.accounts("org-a", CPF.digits())).isEmpty();
    assertThat(sessions.consent("org-b", CPF).map(AuthorisedConsent::id)).isEmpty();
  }

  @Test
  void keepsTheSessionsOfOrganizationsApart() {
    sessions.keepAccessToken(
        "org-a", "client-1", new AccessToken("token-of-a", inOneHour), inOneHour);
    sessions.keepAccessToken(
        "org-b", "client-1", new AccessToken("token-of-b", inOneHour), inOneHour);
    DynamoProviderSessions cold = container(LocalDynamoDb.client(), LocalKms.client());

    assertThat(cold.accessToken("org-a", "client-1"))
        .hasValueSatisfying(found -> assertThat(found.value()).isEqualTo("token-of-a"));
    assertThat(cold.accessToken("org-b", "client-1"))
        .hasValueSatisfying(found -> assertThat(found.value()).isEqualTo("token-of-b"));
  }

  @Test
  void whatIsKeptReplacesWhatWasKeptBefore() {
    sessions.keepConsent("org-a", CPF, "first", inOneHour);
    sessions.keepConsent("org-a", CPF, "second", inOneHour);

    assertThat(
            container(LocalDynamoDb.client(), LocalKms.client())
                .consent("org-a", CPF)
                .map(AuthorisedConsent::id))
        .contains("second");
    assertThat(LocalDynamoDb.scan(table)).hasSize(1);
  }

  @Test
  void storesNoPlaintextSecretKeyOrDocumentInTheRawItem() {
    sessions.keepAccessToken("org-a", "client-1", token, inOneHour);
    sessions.keepClient(
        "org-a", "sandbox", new ClientCredentials("client-1", CLIENT_SECRET), inOneHour);
    sessions.keepConsent("org-a", CPF, "urn:consent:1", inOneHour);

    List<Map<String, AttributeValue>> items = LocalDynamoDb.scan(table);

    assertThat(items).hasSize(3);
    List<String> contents =
        items.stream()
            .flatMap(item -> item.values().stream())
            .map(DynamoProviderSessionsTest::contentOf)
            .toList();
    for (String plaintext :
        List.of(CPF.digits(), ACCESS_TOKEN, CLIENT_SECRET, "client-1", "urn:consent:1")) {
      assertThat(contents).noneMatch(content -> content.contains(plaintext));
    }
    assertThat(items)
        .allSatisfy(
            item ->
                assertThat(item.keySet())
                    .containsExactlyInAnyOrder(
                        "pk",
                        "organization_id",
                        "purpose",
                        "encrypted_data_key",
                        "iv",
                        "ciphertext",
                        "expires_at"));
    assertThat(items)
        .extracting(item -> item.get("purpose").s())
        .containsExactlyInAnyOrder("access-token", "client", "consent");
  }

  @Test
  void setsTheTtlAttributeToTheExpiryInEpochSecondsUnderAHashedKey() {
    sessions.keepConsent("org-a", CPF, "urn:consent:1", inOneHour);

    Map<String, AttributeValue> item = LocalDynamoDb.scan(table).getFirst();

    assertThat(item.get("expires_at").n()).isEqualTo(Long.toString(inOneHour.getEpochSecond()));
    assertThat(item.get("pk").s())
        .startsWith("TOKEN#org-a#consent#")
        .hasSize("TOKEN#org-a#consent#".length() + 64);
  }

  @Test
  void filesAConsentUnderTheKeyedHashOfTheCpfNeverItsPlainSha256() throws Exception {
    sessions.keepConsent("org-a", CPF, "urn:consent:1", inOneHour);
    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(CPF.digits().getBytes(StandardCharsets.UTF_8)));
    String lookupKey = new CpfLookupKeys(LocalKms.client(), LocalKms.hmacKeyId(), clock).of(CPF);

    assertThat(LocalDynamoDb.scan(table))
        .extracting(item -> item.get("pk").s())
        .containsExactly("TOKEN#org-a#consent#" + lookupKey)
        .noneMatch(pk -> pk.contains(sha256));
  }

  @Test
  void aWarmContainerFindsAConsentAgainWithoutAskingKmsForTheCpfsLookupKey() {
    sessions.keepConsent("org-a", CPF, "urn:consent:1", inOneHour);
    CountingDynamoDb dynamoDb = new CountingDynamoDb(LocalDynamoDb.client());
    CountingKms kms = new CountingKms(LocalKms.client());
    DynamoProviderSessions warm = container(dynamoDb, kms);

    assertThat(warm.consent("org-a", CPF).map(AuthorisedConsent::id)).contains("urn:consent:1");
    assertThat(warm.consent("org-a", CPF).map(AuthorisedConsent::id)).contains("urn:consent:1");
    assertThat(warm.consent("org-b", CPF).map(AuthorisedConsent::id)).isEmpty();

    assertThat(kms.macsGenerated()).isEqualTo(1);
    assertThat(dynamoDb.reads()).isEqualTo(2);
  }

  @Test
  void doesNotReturnAnExpiredItemThatTtlHasNotYetDeleted() {
    sessions.keepAccessToken("org-a", "client-1", token, inOneHour);
    clock.advance(Duration.ofHours(1));

    assertThat(LocalDynamoDb.scan(table)).hasSize(1);
    assertThat(
            container(LocalDynamoDb.client(), LocalKms.client()).accessToken("org-a", "client-1"))
        .isEmpty();
    assertThat(sessions.accessToken("org-a", "client-1")).isEmpty();
  }

  @Test
  void aRememberedValueIsDroppedAtItsExpiry() {
    sessions.keepConsent("org-a", CPF, "expires-soon", clock.instant().plus(Duration.ofMinutes(1)));
    container(LocalDynamoDb.client(), LocalKms.client())
        .keepConsent("org-a", CPF, "renewed", inOneHour);
    clock.advance(Duration.ofMinutes(1));

    assertThat(sessions.consent("org-a", CPF).map(AuthorisedConsent::id)).contains("renewed");
  }

  @Test
  void aWarmContainerFindsAValueAgainWithoutReadingDynamoDbOrDecrypting() {
    sessions.keepAccessToken("org-a", "client-1", token, inOneHour);
    CountingDynamoDb dynamoDb = new CountingDynamoDb(LocalDynamoDb.client());
    CountingKms kms = new CountingKms(LocalKms.client());
    DynamoProviderSessions warm = container(dynamoDb, kms);

    assertThat(warm.accessToken("org-a", "client-1")).contains(token);
    assertThat(warm.accessToken("org-a", "client-1")).contains(token);

    assertThat(dynamoDb.reads()).isEqualTo(1);
    assertThat(kms.dataKeysDecrypted()).isEqualTo(1);
  }

  @Test
  void findsWhatItKeptWithoutReadingDynamoDb() {
    CountingDynamoDb dynamoDb = new CountingDynamoDb(LocalDynamoDb.client());
    DynamoProviderSessions warm = container(dynamoDb, LocalKms.client());
    warm.keepAccessToken("org-a", "client-1", token, inOneHour);

    assertThat(warm.accessToken("org-a", "client-1")).contains(token);
    assertThat(dynamoDb.reads()).isZero();
  }

  @Test
  void aValueKeptBeforeValuesWereJsonIsAsIfNeverKept() {
    sessions.keepConsent("org-a", CPF, "urn:consent:1", inOneHour);
    EnvelopeEncryption encryption =
        new EnvelopeEncryption(LocalKms.client(), LocalKms.keyId(), DataKeyReuse.DEFAULT, clock);
    Sealed bare =
        encryption.seal(
            new EncryptionContext("org-a", "consent"),
            "urn:consent:1".getBytes(StandardCharsets.UTF_8));
    Map<String, AttributeValue> item = new HashMap<>(LocalDynamoDb.scan(table).getFirst());
    item.put(
        "encrypted_data_key",
        AttributeValue.fromB(SdkBytes.fromByteArray(bare.encryptedDataKey())));
    item.put("iv", AttributeValue.fromB(SdkBytes.fromByteArray(bare.iv())));
    item.put("ciphertext", AttributeValue.fromB(SdkBytes.fromByteArray(bare.ciphertext())));
    LocalDynamoDb.client().putItem(request -> request.tableName(table).item(item));

    assertThat(
            container(LocalDynamoDb.client(), LocalKms.client())
                .consent("org-a", CPF)
                .map(AuthorisedConsent::id))
        .isEmpty();
  }

  private DynamoProviderSessions container(DynamoDbClient dynamoDb, KmsClient kms) {
    EnvelopeEncryption encryption =
        new EnvelopeEncryption(kms, LocalKms.keyId(), DataKeyReuse.DEFAULT, clock);
    return new DynamoProviderSessions(
        new SealedItems(dynamoDb, table, encryption, clock),
        new CpfLookupKeys(kms, LocalKms.hmacKeyId(), clock),
        clock);
  }

  /**
   * Everything an attribute holds, as text: strings and numbers as they are, binary byte for byte.
   */
  private static String contentOf(AttributeValue value) {
    return Stream.of(
            value.s(),
            value.n(),
            value.b() == null
                ? null
                : new String(value.b().asByteArray(), StandardCharsets.ISO_8859_1))
        .filter(part -> part != null)
        .reduce("", String::concat);
  }
}
