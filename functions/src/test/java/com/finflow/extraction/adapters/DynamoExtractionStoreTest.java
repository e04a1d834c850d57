package com.finflow.extraction.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.extraction.ConsentRejected;
import com.finflow.extraction.Extraction;
import com.finflow.extraction.ExtractionState;
import com.finflow.shared.Json;
import com.finflow.shared.MutableClock;
import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.shared.aws.LocalKms;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoExtractionStoreTest {

  private static final Extraction EXTRACTION =
      new Extraction(
          "***.***.247-25",
          Instant.parse("2025-03-01T12:00:00.123Z"),
          List.of(
              new Extraction.AccountData(
                  "account-1",
                  "CONTA_DEPOSITO_A_VISTA",
                  new Extraction.Money("1000.0400", "BRL"),
                  List.of(
                      new Extraction.TransactionData(
                          "t-1",
                          "PIX",
                          "TRANSACAO_EFETIVADA",
                          "0.1000",
                          "BRL",
                          "credit",
                          "Transfer 0",
                          "2025-02-01T10:00:00Z")))),
          new Extraction.Summary(
              2,
              1,
              734,
              List.of(
                  Extraction.AccountError.ofAccount("account-2", "not fetched before the deadline"),
                  new Extraction.AccountError(
                      "account-1",
                      Optional.of("t-2"),
                      Optional.of("transactionAmount.amount"),
                      "is not a decimal: 12,50"))));

  private final String table = LocalDynamoDb.newTable("pk");
  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
  private final DynamoExtractionStore store = container(LocalDynamoDb.client());

  @Test
  void aStateChangedByAnotherContainerIsReadAfresh() {
    store.pending("org-a", "extraction-1");
    assertThat(store.find("org-a", "extraction-1")).contains(ExtractionState.pending());

    container(LocalDynamoDb.client()).completed("org-a", "extraction-1", EXTRACTION);

    assertThat(store.find("org-a", "extraction-1")).contains(ExtractionState.completed(EXTRACTION));
  }

  @Test
  void aCompletedResultReadsBackAsTheSameJson() {
    store.completed("org-a", "extraction-1", EXTRACTION);

    Extraction found =
        container(LocalDynamoDb.client())
            .find("org-a", "extraction-1")
            .orElseThrow()
            .result()
            .orElseThrow();

    assertThat(Json.write(found)).isEqualTo(Json.write(EXTRACTION));
  }

  @Test
  void aResultKeptBeforeErrorsWereObjectsStillReadsBack() throws Exception {
    ObjectNode legacy =
        (ObjectNode)
            Json.MAPPER.valueToTree(
                DynamoExtractionStore.StoredState.of(ExtractionState.completed(EXTRACTION)));
    ((ObjectNode) legacy.path("result").path("summary"))
        .set(
            "errors",
            Json.MAPPER.readTree(
                "[\"account account-2: not fetched before the deadline\", \"odd\"]"));
    SealedItems.Name name =
        SealedItems.Name.of("org-a", DynamoExtractionStore.PURPOSE, "extraction-1");
    sealedItems(LocalDynamoDb.client())
        .put(name, legacy, clock.instant().plus(Duration.ofHours(1)));

    Extraction found = store.find("org-a", "extraction-1").orElseThrow().result().orElseThrow();

    assertThat(found.summary().errors())
        .containsExactly(
            Extraction.AccountError.ofAccount("account-2", "not fetched before the deadline"),
            Extraction.AccountError.ofAccount("", "odd"));
  }

  @Test
  void aFailedExtractionKeepsWhyItFailed() {
    store.failed("org-a", "extraction-1", new ConsentRejected("CUSTOMER_MANUALLY_REJECTED"));

    ExtractionState state =
        container(LocalDynamoDb.client()).find("org-a", "extraction-1").orElseThrow();

    assertThat(state)
        .isEqualTo(ExtractionState.failed(new ConsentRejected("CUSTOMER_MANUALLY_REJECTED")));
    assertThat(state.problemType()).contains("invalid_request");
  }

  @Test
  void anotherOrganizationFindsNothing() {
    store.completed("org-a", "extraction-1", EXTRACTION);

    assertThat(store.find("org-b", "extraction-1")).isEmpty();
    assertThat(store.find("org-a", "extraction-2")).isEmpty();
  }

  @Test
  void keepsAStateForItsRetentionThenFindsNothing() {
    store.pending("org-a", "extraction-1");
    Map<String, AttributeValue> item = LocalDynamoDb.scan(table).getFirst();
    assertThat(item.get("expires_at").n())
        .isEqualTo(Long.toString(clock.instant().plus(Duration.ofHours(24)).getEpochSecond()));
    assertThat(item.get("purpose").s()).isEqualTo("extraction");

    clock.advance(Duration.ofHours(24));

    assertThat(store.find("org-a", "extraction-1")).isEmpty();
  }

  @Test
  void storesNoResultInTheClear() {
    store.completed("org-a", "extraction-1", EXTRACTION);

    String raw =
        LocalDynamoDb.scan(table).getFirst().values().stream()
            .map(
                value ->
                    value.s() != null
                        ? value.s()
                        : value.b() != null
                            ? new String(value.b().asByteArray(), StandardCharsets.ISO_8859_1)
                            : value.n())
            .reduce("", String::concat);

    assertThat(raw)
        .doesNotContain("account-1")
        .doesNotContain("1000.0400")
        .doesNotContain("extraction-1");
  }

  @Test
  void readsAStateAsEarlierVersionsWroteIt() {
    SealedItems items = sealedItems(LocalDynamoDb.client());
    SealedItems.Name name = SealedItems.Name.of("org-a", "extraction", "extraction-1");
    items.put(
        name,
        Map.of(
            "status",
            "failed",
            "detail",
            "the provider failed: x",
            "problem_type",
            "upstream_failed"),
        clock.instant().plus(Duration.ofHours(1)));

    assertThat(store.find("org-a", "extraction-1"))
        .contains(ExtractionState.failed("the provider failed: x", "upstream_failed"));
  }

  private DynamoExtractionStore container(DynamoDbClient dynamoDb) {
    return new DynamoExtractionStore(sealedItems(dynamoDb), clock);
  }

  private SealedItems sealedItems(DynamoDbClient dynamoDb) {
    EnvelopeEncryption encryption =
        new EnvelopeEncryption(LocalKms.client(), LocalKms.keyId(), DataKeyReuse.DEFAULT, clock);
    return new SealedItems(dynamoDb, table, encryption, clock);
  }
}
