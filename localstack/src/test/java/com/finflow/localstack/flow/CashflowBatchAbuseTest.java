package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Malformed batches on {@code POST /cashflow/batches}, sent through the real stack: each is refused
 * (422 naming every bad field by JSON Pointer; 400 or 413 where the strict reader stops first) and
 * leaves every item of every table as it was, also once the ingestion queues have drained. A valid
 * batch sent last is accepted and written, so the comparison can see a write. Prints the table of
 * cases it ran.
 */
@ExtendWith(RunningFinflow.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CashflowBatchAbuseTest {

  private static final String PROBLEM = "urn:finflow:problem:";
  private static final String INVALID = PROBLEM + "invalid-request";
  private static final String MALFORMED = PROBLEM + "malformed-request";
  private static final String TOO_LARGE = PROBLEM + "payload-too-large";
  private static final String REUSED = PROBLEM + "idempotency-key-reused";
  private static final String PAYER = "DE89370400440532013000";
  private static final String BENEFICIARY = "FR1420041010050500013M02606";
  private static final String USED_BATCH = "abuse-used-batch";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<String> rows = new ArrayList<>();
  private LocalStackRuntime runtime;
  private ApiClient api;
  private DynamoDbClient dynamoDb;
  private Tenant admin;
  private StackState initial;

  /** One malformed batch and how it must be refused. */
  private record Case(String name, String body, int status, String type, List<String> pointers) {}

  @BeforeAll
  void setUp(LocalStackRuntime runtime) {
    this.runtime = runtime;
    this.api = new ApiClient(runtime.httpBaseUrl());
    this.dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint());
    this.admin = Tenant.signUp(api, "0.00");
    ApiClient.Reply company =
        api.put(
            "/cashflow/companies/abuse-co",
            Optional.of(admin.accessToken()),
            "{\"name\":\"Abuse Co\",\"owner\":\"Treasury\",\"ibans\":[\"" + PAYER + "\"]}");
    assertThat(company.status()).as(company.body()).isEqualTo(201);
    ApiClient.Reply used = submit(batch(USED_BATCH, row()).toString());
    assertThat(used.status()).as(used.body()).isEqualTo(202);
    CashflowFlowTest.awaitIngestionSettled(runtime);
    this.initial = state();
  }

  @TestFactory
  Stream<DynamicTest> everyMalformedBatchIsRefusedNamingItsFieldsAndWritesNothing() {
    Stream<DynamicTest> refused =
        cases().stream()
            .map(
                abuse -> DynamicTest.dynamicTest(abuse.name(), () -> refusedWithoutWriting(abuse)));
    Stream<DynamicTest> afterwards =
        Stream.of(
            DynamicTest.dynamicTest(
                "nothing was queued either: the stack is as it was once the queues drain",
                () -> {
                  CashflowFlowTest.awaitIngestionSettled(runtime);
                  assertThat(state()).isEqualTo(initial);
                }),
            DynamicTest.dynamicTest(
                "a valid batch after them is accepted and written",
                () -> {
                  ApiClient.Reply accepted = submit(batch(fresh(), row()).toString());
                  assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
                  CashflowFlowTest.awaitIngestionSettled(runtime);
                  assertThat(state()).isNotEqualTo(initial);
                }));
    return Stream.concat(refused, afterwards);
  }

  @AfterAll
  void printTheTableOfCases() {
    System.out.println("| case | status | problem type | pointers | nothing written |");
    System.out.println("|---|---|---|---|---|");
    rows.forEach(System.out::println);
    System.out.println(rows.size() + " malformed cashflow batches");
  }

  private List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(invalidRow("an unknown currency code", r -> r.put("currency", "XYZ"), "currency"));
    cases.add(invalidRow("a lower-case currency code", r -> r.put("currency", "eur"), "currency"));
    cases.add(invalidRow("an empty currency", r -> r.put("currency", ""), "currency"));
    cases.add(invalidRow("a currency as a number", r -> r.put("currency", 978), "currency"));
    cases.add(
        invalidRow("an amount with a decimal comma", r -> r.put("amount", "12,50"), "amount"));
    cases.add(invalidRow("a negative amount", r -> r.put("amount", "-5.00"), "amount"));
    cases.add(invalidRow("an amount with an exponent", r -> r.put("amount", "1e3"), "amount"));
    cases.add(invalidRow("an amount as a JSON number", r -> r.put("amount", 12.5), "amount"));
    cases.add(invalidRow("an amount that is words", r -> r.put("amount", "ten"), "amount"));
    cases.add(invalidRow("an empty amount", r -> r.put("amount", ""), "amount"));
    cases.add(
        invalidRow(
            "an amount with 13 whole digits", r -> r.put("amount", "1234567890123"), "amount"));
    cases.add(
        invalidRow(
            "a timestamp without an offset",
            r -> r.put("timestamp", "2024-03-07T10:15:30"),
            "timestamp"));
    cases.add(
        invalidRow(
            "a timestamp in month 13",
            r -> r.put("timestamp", "2024-13-07T10:15:30Z"),
            "timestamp"));
    cases.add(
        invalidRow("a date without a time", r -> r.put("timestamp", "2024-03-07"), "timestamp"));
    cases.add(
        invalidRow(
            "a timestamp in epoch seconds", r -> r.put("timestamp", 1709802930), "timestamp"));
    for (String member :
        List.of("id", "payer_iban", "beneficiary_iban", "amount", "currency", "timestamp")) {
      cases.add(invalidRow("a row without " + member, r -> r.remove(member), member));
    }
    cases.add(invalidRow("an empty id", r -> r.put("id", ""), "id"));
    cases.add(invalidRow("an id that is an object", r -> r.set("id", NODES.objectNode()), "id"));
    cases.add(invalidRow("a payer IBAN as null", r -> r.putNull("payer_iban"), "payer_iban"));
    cases.add(
        invalidRow(
            "a beneficiary IBAN of 65 characters",
            r -> r.put("beneficiary_iban", "FR" + "1".repeat(63)),
            "beneficiary_iban"));
    cases.add(invalidRow("an unknown member in a row", r -> r.put("memo", "rent"), "memo"));
    cases.add(
        new Case(
            "several bad fields in one row, all named",
            batch(fresh(), row().put("amount", "12,50").put("currency", "XYZ")).toString(),
            422,
            INVALID,
            List.of("/transactions/0/amount", "/transactions/0/currency")));
    cases.add(
        new Case(
            "a bad third row after two good ones",
            batch(fresh(), row(), row().put("id", "r2"), row().put("amount", "0,1")).toString(),
            422,
            INVALID,
            List.of("/transactions/2/amount")));
    cases.add(
        new Case(
            "a row that is a string",
            batch(fresh()).set("transactions", NODES.arrayNode().add("row")).toString(),
            422,
            INVALID,
            List.of("/transactions/0")));
    cases.add(invalid("an unknown source", batch(fresh(), row()).put("source", "ACH"), "/source"));
    cases.add(invalid("no source", without(batch(fresh(), row()), "source"), "/source"));
    cases.add(invalid("no batch id", without(batch(fresh(), row()), "batch_id"), "/batch_id"));
    cases.add(
        invalid("a batch id as a number", batch(fresh(), row()).put("batch_id", 42), "/batch_id"));
    cases.add(
        invalid(
            "a batch id of 129 characters",
            batch(fresh(), row()).put("batch_id", "b".repeat(129)),
            "/batch_id"));
    cases.add(
        invalid(
            "no transactions", without(batch(fresh(), row()), "transactions"), "/transactions"));
    cases.add(invalid("no rows", batch(fresh()), "/transactions"));
    cases.add(
        invalid(
            "transactions as an object",
            batch(fresh()).set("transactions", row()),
            "/transactions"));
    cases.add(
        invalid(
            "an unknown member in the batch",
            batch(fresh(), row()).put("priority", "high"),
            "/priority"));
    cases.add(invalid("5,001 rows", manyRows(5_001), "/transactions"));
    cases.add(
        new Case(
            "the used batch id with other rows",
            batch(USED_BATCH, row().put("amount", "99.99")).toString(),
            422,
            REUSED,
            List.of()));
    cases.add(new Case("more than 1 MiB", overOneMebibyte(), 413, TOO_LARGE, List.of()));
    cases.add(new Case("not JSON", "{\"source\": \"SEPA\",", 400, MALFORMED, List.of()));
    cases.add(
        new Case(
            "an array of batches", "[" + batch(fresh(), row()) + "]", 400, MALFORMED, List.of()));
    return cases;
  }

  private void refusedWithoutWriting(Case abuse) throws IOException {
    StackState before = state();

    ApiClient.Reply answer = submit(abuse.body());

    assertThat(answer.status()).as(answer.body()).isEqualTo(abuse.status());
    assertThat(answer.header("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.get("type").asText()).as(answer.body()).isEqualTo(abuse.type());
    assertThat(problem.path("errors").findValuesAsText("pointer"))
        .as(answer.body())
        .containsExactlyInAnyOrderElementsOf(abuse.pointers());
    assertThat(state()).as("every item of every table").isEqualTo(before);
    rows.add(
        "| "
            + abuse.name()
            + " | "
            + answer.status()
            + " | "
            + abuse.type().substring(PROBLEM.length())
            + " | "
            + String.join(", ", abuse.pointers().stream().map(p -> "`" + p + "`").toList())
            + " | yes |");
  }

  private Case invalidRow(String name, Consumer<ObjectNode> defect, String member) {
    ObjectNode row = row();
    defect.accept(row);
    return new Case(
        name, batch(fresh(), row).toString(), 422, INVALID, List.of("/transactions/0/" + member));
  }

  private static Case invalid(String name, ObjectNode batch, String pointer) {
    return new Case(name, batch.toString(), 422, INVALID, List.of(pointer));
  }

  private static ObjectNode without(ObjectNode batch, String member) {
    batch.remove(member);
    return batch;
  }

  private static ObjectNode row() {
    return NODES
        .objectNode()
        .put("id", "r1")
        .put("payer_iban", PAYER)
        .put("beneficiary_iban", BENEFICIARY)
        .put("amount", "10.00")
        .put("currency", "EUR")
        .put("timestamp", "2024-03-07T10:15:30+01:00");
  }

  private static ObjectNode batch(String batchId, ObjectNode... transactions) {
    ObjectNode batch = NODES.objectNode().put("source", "SEPA").put("batch_id", batchId);
    ArrayNode array = batch.putArray("transactions");
    for (ObjectNode transaction : transactions) {
      array.add(transaction);
    }
    return batch;
  }

  /** Short rows, so that the count and not the size is what is wrong. */
  private static ObjectNode manyRows(int count) {
    ObjectNode[] transactions = new ObjectNode[count];
    for (int i = 0; i < count; i++) {
      transactions[i] = row().put("id", Integer.toString(i)).put("amount", "1");
    }
    return batch(fresh(), transactions);
  }

  /** Fewer than 5,000 rows, but more than 1 MiB. */
  private static String overOneMebibyte() {
    ObjectNode[] transactions = new ObjectNode[4_000];
    for (int i = 0; i < transactions.length; i++) {
      transactions[i] = row().put("id", i + "-" + "x".repeat(120));
    }
    String body = batch(fresh(), transactions).toString();
    assertThat(body.length()).isGreaterThan(1 << 20);
    return body;
  }

  private static String fresh() {
    return "abuse-" + UUID.randomUUID();
  }

  private ApiClient.Reply submit(String body) {
    return api.post("/cashflow/batches", Optional.of(admin.accessToken()), body);
  }

  private StackState state() {
    return StackState.of(runtime, dynamoDb);
  }
}
