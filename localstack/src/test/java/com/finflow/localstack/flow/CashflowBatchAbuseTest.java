package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Malformed batches sent to {@code POST /cashflow/batches}: each is refused with the problem that
 * names what is wrong, by JSON Pointer, and none of them writes anything. The cashflow table is
 * compared as a whole before the first and after the last: a refused request can only add, so an
 * unchanged table means that no case wrote.
 */
@ExtendWith(RunningFinflow.class)
class CashflowBatchAbuseTest {

  private static final String PROBLEM = "urn:finflow:problem:";
  private static final String INVALID = PROBLEM + "invalid-request";
  private static final String DE = "DE89370400440532013000";
  private static final String GB = "GB29NWBK60161331926819";

  private record Case(String name, String body, int status, String type, List<String> pointers) {}

  @Test
  void everyMalformedBatchIsRefusedNamingItsFieldsAndWritesNothing(LocalStackRuntime runtime) {
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    Tenant admin = Tenant.signUp(api, "0.00");
    Optional<String> token = Optional.of(admin.accessToken());
    assertThat(
            api.put(
                    "/cashflow/companies/acme",
                    token,
                    "{\"name\":\"ACME\",\"owner\":\"Jane Doe\",\"ibans\":[\"" + DE + "\"]}")
                .status())
        .isEqualTo(201);
    assertThat(api.post("/cashflow/batches", token, batch("SEPA", "accepted", row())).status())
        .isEqualTo(202);
    DynamoDbClient dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint());
    String table =
        runtime.stack().ofType("AWS::DynamoDB::Table").stream()
            .filter(resource -> resource.logicalId().startsWith("CashflowTable"))
            .findFirst()
            .orElseThrow()
            .ref();
    awaitApplied(api, token);
    List<String> before = settled(dynamoDb, table);

    SoftAssertions softly = new SoftAssertions();
    List<Case> cases = cases();
    for (Case abuse : cases) {
      ApiClient.Reply reply = api.post("/cashflow/batches", token, abuse.body());
      softly
          .assertThat(reply.status())
          .as(abuse.name() + ": " + reply.body())
          .isEqualTo(abuse.status());
      JsonNode problem = reply.json();
      softly
          .assertThat(problem.path("type").asText())
          .as(abuse.name() + ": " + reply.body())
          .isEqualTo(abuse.type());
      softly
          .assertThat(problem.path("errors").findValuesAsText("pointer"))
          .as(abuse.name() + ": " + reply.body())
          .containsExactlyInAnyOrderElementsOf(abuse.pointers());
      System.out.println(
          "| " + abuse.name() + " | " + reply.status() + " | " + abuse.pointers() + " |");
    }
    softly.assertAll();

    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    assertThat(items(dynamoDb, table)).as("every item of the cashflow table").isEqualTo(before);
  }

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    String p0 = "/transactions/0/";
    invalid(
        cases,
        "unknown currency",
        batch("SWIFT", "b1", row("currency", "\"USX\"")),
        p0 + "currency");
    invalid(
        cases,
        "currency in lower case",
        batch("SWIFT", "b2", row("currency", "\"eur\"")),
        p0 + "currency");
    invalid(
        cases,
        "amount with a thousands comma",
        batch("SEPA", "b3", row("amount", "\"1,000.00\"")),
        p0 + "amount");
    invalid(
        cases, "negative amount", batch("SEPA", "b4", row("amount", "\"-5.00\"")), p0 + "amount");
    invalid(
        cases,
        "amount with an exponent",
        batch("SEPA", "b5", row("amount", "\"1e5\"")),
        p0 + "amount");
    invalid(
        cases,
        "amount as a JSON number",
        batch("SEPA", "b6", row("amount", "12.50")),
        p0 + "amount");
    invalid(cases, "empty amount", batch("SEPA", "b7", row("amount", "\"\"")), p0 + "amount");
    invalid(
        cases,
        "amount with 9 decimals",
        batch("SEPA", "b8", row("amount", "\"1.123456789\"")),
        p0 + "amount");
    invalid(
        cases,
        "amount of 13 digits",
        batch("SEPA", "b9", row("amount", "\"1234567890123\"")),
        p0 + "amount");
    invalid(
        cases,
        "timestamp in words",
        batch("SEPA", "b10", row("timestamp", "\"yesterday\"")),
        p0 + "timestamp");
    invalid(
        cases,
        "timestamp without offset",
        batch("SEPA", "b11", row("timestamp", "\"2024-03-07T10:15:30\"")),
        p0 + "timestamp");
    invalid(
        cases,
        "timestamp as a date",
        batch("SEPA", "b12", row("timestamp", "\"2024-03-07\"")),
        p0 + "timestamp");
    invalid(
        cases,
        "timestamp on February 30",
        batch("SEPA", "b13", row("timestamp", "\"2024-02-30T10:00:00Z\"")),
        p0 + "timestamp");
    invalid(
        cases,
        "timestamp as a number",
        batch("SEPA", "b14", row("timestamp", "1709806530")),
        p0 + "timestamp");
    for (String member :
        List.of("id", "payer_iban", "beneficiary_iban", "amount", "currency", "timestamp")) {
      invalid(
          cases,
          "row without " + member,
          batch("SEPA", "m-" + member, rowWithout(member)),
          p0 + member);
    }
    invalid(
        cases,
        "payer IBAN as a number",
        batch("SEPA", "b15", row("payer_iban", "12345")),
        p0 + "payer_iban");
    invalid(cases, "id as an object", batch("SEPA", "b16", row("id", "{\"x\":1}")), p0 + "id");
    invalid(
        cases,
        "unknown member in a row",
        batch("SEPA", "b17", row("memo", "\"rent\"")),
        p0 + "memo");
    invalid(
        cases,
        "unknown member in the batch",
        "{\"source\":\"SEPA\",\"batch_id\":\"b18\",\"priority\":1,\"transactions\":["
            + row()
            + "]}",
        "/priority");
    invalid(cases, "unknown source", batch("ACH", "b19", row()), "/source");
    invalid(
        cases, "no source", "{\"batch_id\":\"b20\",\"transactions\":[" + row() + "]}", "/source");
    invalid(
        cases,
        "no batch id",
        "{\"source\":\"SEPA\",\"transactions\":[" + row() + "]}",
        "/batch_id");
    invalid(
        cases, "no transactions", "{\"source\":\"SEPA\",\"batch_id\":\"b21\"}", "/transactions");
    invalid(
        cases,
        "transactions as a string",
        "{\"source\":\"SEPA\",\"batch_id\":\"b22\",\"transactions\":\"rows\"}",
        "/transactions");
    invalid(
        cases,
        "a row that is a string",
        "{\"source\":\"SEPA\",\"batch_id\":\"b23\",\"transactions\":[\"row\"]}",
        "/transactions/0");
    invalid(
        cases,
        "5,001 rows",
        batch("SEPA", "b24", String.join(",", Collections.nCopies(5_001, row()))),
        "/transactions");
    cases.add(
        new Case(
            "two bad rows, every field named",
            batch("SEPA", "b25", row("amount", "\"x\"") + "," + row("currency", "\"EURO\"")),
            422,
            INVALID,
            List.of(p0 + "amount", "/transactions/1/currency")));
    cases.add(
        new Case(
            "the accepted batch id with other rows",
            batch("SEPA", "accepted", row("amount", "\"99.00\"")),
            422,
            PROBLEM + "idempotency-key-reused",
            List.of()));
    cases.add(
        new Case(
            "a body over 1 MiB",
            batch("SEPA", "b26", row("id", "\"" + "x".repeat(1_100_000) + "\"")),
            413,
            PROBLEM + "payload-too-large",
            List.of()));
    return cases;
  }

  private static void invalid(List<Case> cases, String name, String body, String pointer) {
    cases.add(new Case(name, body, 422, INVALID, List.of(pointer)));
  }

  private static String batch(String source, String batchId, String rows) {
    return "{\"source\":\""
        + source
        + "\",\"batch_id\":\""
        + batchId
        + "\",\"transactions\":["
        + rows
        + "]}";
  }

  private static String row() {
    return rowWithout("");
  }

  /** A valid row with {@code member} set to the raw JSON {@code value} (or added, if unknown). */
  private static String row(String member, String value) {
    TreeMap<String, String> members = members();
    members.put(member, value);
    return object(members);
  }

  private static String rowWithout(String member) {
    TreeMap<String, String> members = members();
    members.remove(member);
    return object(members);
  }

  private static TreeMap<String, String> members() {
    TreeMap<String, String> members = new TreeMap<>();
    members.put("id", "\"t-1\"");
    members.put("payer_iban", "\"" + DE + "\"");
    members.put("beneficiary_iban", "\"" + GB + "\"");
    members.put("amount", "\"10.00\"");
    members.put("currency", "\"EUR\"");
    members.put("timestamp", "\"2024-03-07T10:15:30+01:00\"");
    return members;
  }

  private static String object(TreeMap<String, String> members) {
    List<String> pairs = new ArrayList<>();
    members.forEach((name, value) -> pairs.add("\"" + name + "\":" + value));
    return "{" + String.join(",", pairs) + "}";
  }

  /** Waits until the accepted batch counts, so its own writes are over before the comparison. */
  private static void awaitApplied(ApiClient api, Optional<String> token) {
    for (int attempt = 0; attempt < 120; attempt++) {
      JsonNode summary = api.get("/cashflow/companies/acme/summary", token).json();
      if (summary.path("transactions_counted").asInt() == 1) {
        return;
      }
      pause(250);
    }
    throw new AssertionError("the accepted batch was not applied within 30 s");
  }

  /** The table once two reads a second apart agree: the accepted batch's last writes are over. */
  private static List<String> settled(DynamoDbClient dynamoDb, String table) {
    List<String> previous = items(dynamoDb, table);
    for (int attempt = 0; attempt < 30; attempt++) {
      pause(1_000);
      List<String> current = items(dynamoDb, table);
      if (current.equals(previous)) {
        return current;
      }
      previous = current;
    }
    throw new AssertionError("the cashflow table kept changing");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> items(DynamoDbClient dynamoDb, String table) {
    List<String> items = new ArrayList<>();
    dynamoDb
        .scanPaginator(request -> request.tableName(table).consistentRead(true))
        .items()
        .forEach(item -> items.add(new TreeMap<>(item).toString()));
    items.sort(String::compareTo);
    return items;
  }
}
