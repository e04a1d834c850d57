package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Identifiers spelled with other scripts' digits, look-alike letters or invisible characters, sent
 * through the real stack to every route that reads one: each is refused with its status and problem
 * type, names the field, and leaves every table as it was and the bank and the provider uncalled.
 * Prints the table of cases it ran.
 */
@ExtendWith(RunningFinflow.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentifierAbuseTest {

  private final List<String> rows = new ArrayList<>();
  private LocalStackRuntime runtime;
  private ApiClient api;
  private DynamoDbClient dynamoDb;
  private Tenant tenant;
  private String registeredEmail;

  @BeforeAll
  void connect(LocalStackRuntime runtime) {
    this.runtime = runtime;
    this.api = new ApiClient(runtime.httpBaseUrl());
    this.dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint());
    this.tenant = Tenant.signUp(api, "1000.00");
    this.registeredEmail = "jane-" + UUID.randomUUID() + "@example.com";
    assertThat(register(registeredEmail).status()).isEqualTo(201);
  }

  @TestFactory
  Stream<DynamicTest> everyIdentifierSpelledOutsideAsciiIsRefusedAndWritesNothing() {
    return IdentifierAbuses.against(tenant.iban(), registeredEmail)
        .map(
            abuse ->
                DynamicTest.dynamicTest(
                    abuse.name() + " (" + abuse.method() + " " + abuse.path() + ")",
                    () -> refusedWithoutWriting(abuse)));
  }

  @Test
  void aCompatibilityFormOfARegisteredEmailSignsInAsItsUser() {
    String fullWidth =
        registeredEmail
            .toUpperCase(Locale.ROOT)
            .chars()
            .map(c -> c >= 'A' && c <= 'Z' ? c + ('Ａ' - 'A') : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();

    ApiClient.Reply login =
        api.post(
            "/auth/login",
            Optional.empty(),
            "{\"email\":\"" + fullWidth + "\",\"password\":\"" + IdentifierAbuses.PASSWORD + "\"}");

    assertThat(login.status()).as(login.body()).isEqualTo(200);
  }

  @AfterAll
  void printTheTableOfCases() {
    System.out.println("| case | route | status | problem type | field | nothing written |");
    System.out.println("|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
    System.out.println(rows.size() + " identifier abuse cases");
  }

  private void refusedWithoutWriting(IdentifierAbuses.Case abuse) {
    StackState before = StackState.of(runtime, dynamoDb);

    ApiClient.Reply reply =
        abuse.method().equals("GET")
            ? api.get(abuse.path(), Optional.of(tenant.accessToken()))
            : api.post(abuse.path(), Optional.of(tenant.accessToken()), abuse.body());

    assertThat(reply.status()).as(reply.body()).isEqualTo(abuse.status());
    JsonNode problem = reply.json();
    assertThat(problem.get("type").asText()).isEqualTo(abuse.problemType());
    if (abuse.pointer() != null) {
      assertThat(problem.get("errors").findValuesAsText("pointer"))
          .containsExactly(abuse.pointer());
    }
    assertThat(StackState.of(runtime, dynamoDb))
        .as("every item, provider call and payment")
        .isEqualTo(before);
    rows.add(
        "| "
            + abuse.name()
            + " | "
            + abuse.method()
            + " "
            + routeOf(abuse.path())
            + " | "
            + reply.status()
            + " | "
            + abuse.problemType().replace("urn:finflow:problem:", "")
            + " | "
            + (abuse.pointer() == null ? "" : abuse.pointer())
            + " | yes |");
  }

  private static String routeOf(String path) {
    return path.replaceAll("^/accounts/[^/]+$", "/accounts/{iban}")
        .replaceAll("^/extractions/[^/]+$", "/extractions/{extraction_id}")
        .replaceAll(
            "^/transfers/bulk/[^/]+/webhook-deliveries/[^/]+/",
            "/transfers/bulk/{bulk_id}/webhook-deliveries/{delivery_id}/")
        .replaceAll(
            "^/transfers/bulk/[^/]+/webhook-deliveries$",
            "/transfers/bulk/{bulk_id}/webhook-deliveries");
  }

  private ApiClient.Reply register(String email) {
    return api.post("/auth/register", Optional.empty(), IdentifierAbuses.registration(email));
  }
}
